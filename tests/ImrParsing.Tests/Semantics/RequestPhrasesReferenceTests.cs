using ImrParsing.Benchmarks;
using ImrParsing.Json;
using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The request reader, whose service, region, date-of-service and retrospective phrases share one
/// look-up per token, against the reader that looked each token up once per rule
/// (<see cref="SeparateLookupsRequestReader"/>): the same details, values and spans for every
/// request of the corpus (both extractions, read in the letter) and for constructed requests, with
/// the default rules and with the rules in reverse order.
/// </summary>
public sealed class RequestPhrasesReferenceTests
{
    // Pieces of requests, constructed: services, regions and sides that share first words, dates
    // of service and their leads, retrospective words, marks, line breaks and a line-end hyphen.
    private static readonly string[] Pieces =
    [
        "MRI", "mri", "MR", "MR arthrogram", "x-ray", "X-Rays", "PT", "PT/PTT", "physical therapy", "home health aide", "E/M",
        "right", "Rt", "left", "Lt.", "bilateral", "both", "knee", "knees", "low back", "lower back", "lumbar", "spine",
        "c-spine", "L4-5", "L5-S1", "RUE", "shoulder", "wrist", "carpal tunnel release", "Norco 10/325mg #60", "TENS unit",
        "Game Ready", "ſpine", "evaluation", "follow-up", "re-eval", "retro", "Retrospective", "retrospective request",
        "DOS", "DOS:", "DOS 11/11/2016", "(DOS: 12/29/16)", "date of service", "dates of service 11/14/16", "per 12/07/2016 order",
        "per", "March 18, 2016", "11/11/2016", "epidural steroid injection", "nerve block", "injection", "-", "/", ",", ":",
        "(", ")", ".", "of", "the", "and", "for", "2", "12 visits", "hip", "and right hip", "neck", "inpatient", "rehab",
        "thera-\npy", "lum-\nbar", "x 6", "Ultram ER 150mg", "lab", "urine drug screen",
    ];

    private static readonly string[] Joins = [" ", " ", " ", "", "-", ", ", "/", "\n", "  ", "\r\n"];

    public static TheoryData<string> RuleSets => ["default", "reversed"];

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_corpus_request_reads_as_with_a_look_up_per_rule(string name)
    {
        string letter = Infrastructure.Corpus.Read(name);
        var context = new SourceReaderContext(letter);
        foreach (var (current, reference) in Readers())
        {
            foreach (var item in ImrDocument.Parse(letter).Items)
            {
                foreach (var request in new[] { item.Request, item.OriginalRequest }.OfType<TextValue>())
                {
                    Json(current.Read(context, request)).ShouldBe(Json(reference.Read(context, request)), request.Value);
                    Json(current.Read(request.Value)).ShouldBe(Json(reference.Read(request.Value)), request.Value);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Constructed_requests_read_as_with_a_look_up_per_rule(string rules)
    {
        var (current, reference) = Readers().ElementAt(rules == "default" ? 0 : 1);
        var random = new Random(20161210);
        int services = 0, regions = 0, dates = 0, retrospective = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            var built = new System.Text.StringBuilder(Pieces[random.Next(Pieces.Length)]);
            for (int i = random.Next(1, 9); i > 1; i--)
            {
                built.Append(Joins[random.Next(Joins.Length)]).Append(Pieces[random.Next(Pieces.Length)]);
            }

            string request = built.ToString();
            string letter = "Item: " + request + "\n";
            var context = new SourceReaderContext(letter);
            var value = context.Value(6, 6 + request.Length);
            if (value is null)
            {
                continue;
            }

            var expected = reference.Read(context, value);
            Json(current.Read(context, value)).ShouldBe(Json(expected), request);
            services += expected.Service is null ? 0 : 1;
            regions += expected.BodyRegions.Length;
            dates += expected.DateOfService is null ? 0 : 1;
            retrospective += expected.Retrospective ? 1 : 0;
        }

        // The pieces make matches of every kind, so the comparison is not between empty results.
        services.ShouldBeGreaterThan(5000);
        regions.ShouldBeGreaterThan(5000);
        dates.ShouldBeGreaterThan(1000);
        retrospective.ShouldBeGreaterThan(2000);
    }

    // The default rules, and the same rules in reverse order (another rule wins, another region's phrase first).
    private static IEnumerable<(RequestReader Current, SeparateLookupsRequestReader Reference)> Readers()
    {
        yield return (RequestReader.Default, SeparateLookupsRequestReader.Default);
        var services = new ServiceClassifier(ServiceClassifier.Default.Rules.Reverse());
        var regions = new BodyRegionClassifier(BodyRegionClassifier.Default.Regions.Reverse(), BodyRegionClassifier.Default.Sides.Reverse());
        yield return (new RequestReader(services, regions), new SeparateLookupsRequestReader(services, regions));
    }

    private static string Json(RequestDetails details) =>
        ImrJson.Serialize(new ImrDocument { Items = [new DisputedItem { Details = details }] });
}
