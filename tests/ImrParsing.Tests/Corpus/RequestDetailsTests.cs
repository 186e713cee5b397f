using System.Text.RegularExpressions;
using ImrParsing.Syntax;
using ImrParsing.Tests.Infrastructure;
using ImrParsing.Text;

namespace ImrParsing.Tests.Corpus;

/// <summary>
/// The requests' details over the corpus: the same whatever extractor produced the letter, and
/// held against facts read from the requests' own words with expressions written apart from the grammar.
/// </summary>
public sealed partial class RequestDetailsTests
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12, ["eighteen"] = 18, ["twice"] = 2, ["once"] = 1,
    };

    [GeneratedRegex(@"#\s?(\d+)")]
    private static partial Regex NumberSign();

    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six)\s+(times|visits)\s+(a|per)\s+week", RegexOptions.IgnoreCase)]
    private static partial Regex TimesAWeek();

    [GeneratedRegex(@"\bfor\s+(\d+|one|two|three|four|five|six)\s+weeks?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForWeeks();

    [GeneratedRegex(@"\d(\.\d+)?\s?(mg|%)")]
    private static partial Regex Strength();

    [GeneratedRegex(@"\bDOS\b")]
    private static partial Regex DateOfService();

    [GeneratedRegex(@"\b(\d+|one|two)\s+refills?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Refills();

    [GeneratedRegex(@"\b(left|right|bilateral)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SideWord();

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Both_extractions_give_the_same_details(string letter)
    {
        var reading = Describe(ImrDocument.Parse(Infrastructure.Corpus.Read(letter)));
        var layout = Describe(ImrDocument.Parse(Infrastructure.Corpus.Read(letter + ".layout")));

        reading.Count.ShouldBeGreaterThan(0);
        layout.ShouldBe(reading);
    }

    [Theory]
    [InlineData("dwc-2016/CM16-0243394")]
    [InlineData("dwc-2016/CM16-0230651")]
    [InlineData("dwc-2016/CM17-0013716")]
    [InlineData("dwc-2016/CM17-0010021")]
    public void A_published_pdf_gives_the_same_details(string letter)
    {
        var text = Describe(ImrDocument.Parse(Infrastructure.Corpus.Read(letter)));
        var pdf = Describe(ImrParsing.Pdf.ImrPdf.Parse(Infrastructure.Corpus.PathOf(letter)[..^4] + ".pdf").Document);

        pdf.ShouldBe(text);
    }

    [Fact]
    public void Every_request_of_the_corpus_gets_a_service()
    {
        var requests = Requests().ToList();

        requests.Count.ShouldBe(344);
        requests.Where(item => item.Details!.Service is null).Select(item => item.Request!.Value).ShouldBeEmpty();
    }

    [Fact]
    public void A_number_after_a_number_sign_is_a_count_or_a_medications_quantity()
    {
        int checkedCount = 0;
        foreach (var item in Requests())
        {
            var match = NumberSign().Match(item.Request!.Value);
            if (!match.Success)
            {
                continue;
            }

            int stated = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var details = item.Details!;
            int? read = details.Medication?.Quantity?.Count?.Value ?? (int?)details.Medication?.Quantity?.Amount?.Value ?? details.Quantity?.Count?.Value;
            read.ShouldBe(stated, item.Request.Value);
            checkedCount++;
        }

        checkedCount.ShouldBe(59);
    }

    [Fact]
    public void Times_a_week_for_weeks_are_the_frequency_and_duration()
    {
        int checkedCount = 0;
        foreach (var item in Requests())
        {
            string request = item.Request!.Value;
            var times = TimesAWeek().Match(request);
            if (!times.Success || item.Details!.Medication is not null)
            {
                continue;
            }

            var quantity = item.Details.Quantity.ShouldNotBeNull(request);
            quantity.Frequency!.Value.Value.ShouldBe(Number(times.Groups[1].Value), request);
            quantity.FrequencyPeriod!.Value.Value.ShouldBe(TimeUnit.Week, request);
            if (ForWeeks().Match(request) is { Success: true } weeks)
            {
                quantity.Duration!.Value.Value.ShouldBe(Number(weeks.Groups[1].Value), request);
                quantity.DurationUnit!.Value.Value.ShouldBe(TimeUnit.Week, request);
            }

            checkedCount++;
        }

        checkedCount.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Requests_with_a_strength_are_medications_that_keep_it()
    {
        int checkedCount = 0;
        foreach (var item in Requests().Where(item => Strength().IsMatch(item.Request!.Value)))
        {
            var medication = item.Details!.Medication.ShouldNotBeNull(item.Request!.Value);
            item.Details.Service!.Value.Value.ShouldBe("medication");
            (medication.Strength is not null || medication.Ingredients.Length > 1).ShouldBeTrue(item.Request.Value);
            checkedCount++;
        }

        checkedCount.ShouldBeGreaterThan(60);
    }

    [Fact]
    public void Dates_of_service_and_refills_are_read_where_stated()
    {
        foreach (var item in Requests())
        {
            string request = item.Request!.Value;
            if (DateOfService().IsMatch(request))
            {
                item.Details!.DateOfService.ShouldNotBeNull(request);
                item.Details.Retrospective.ShouldBeTrue(request);
            }

            if (Refills().Match(request) is { Success: true } refills)
            {
                item.Details!.Medication!.Refills!.Value.Value.ShouldBe(Number(refills.Groups[1].Value), request);
            }

            if (request.StartsWith("Retrospective", StringComparison.OrdinalIgnoreCase))
            {
                item.Details!.Retrospective.ShouldBeTrue(request);
            }
        }
    }

    [Fact]
    public void Sides_are_read_only_from_side_words()
    {
        foreach (var item in Requests())
        {
            string request = item.Request!.Value;
            var words = SideWord().Matches(request).Select(match => match.Value.ToLowerInvariant()).Distinct().ToList();
            var side = item.Details!.Side;
            if (words.Count == 1 && !request.Contains("RUE", StringComparison.Ordinal))
            {
                side!.Value.Value.ToString().ToLowerInvariant().ShouldBe(words[0], request);
            }
            else if (words.Count == 0 && !request.Contains("RUE", StringComparison.Ordinal))
            {
                side.ShouldBeNull(request);
            }
        }
    }

    [Fact]
    public void Every_number_read_is_a_number_the_request_states()
    {
        foreach (var item in Requests())
        {
            var details = item.Details!;
            var numbers = new[]
            {
                details.Quantity?.Count, details.Quantity?.CountMaximum, details.Quantity?.Frequency, details.Quantity?.FrequencyMaximum,
                details.Quantity?.Duration, details.Quantity?.DurationMaximum, details.Medication?.Refills, details.Medication?.Quantity?.Count,
            };
            foreach (var number in numbers.OfType<Spanned<int>>())
            {
                string words = TextNormalizer.Normalize(number.Text);
                bool stated = words switch
                {
                    "daily" or "Daily" or "weekly" => number.Value == 1,
                    _ when words.EndsWith(')') => words.Contains($"({number.Value})", StringComparison.Ordinal),
                    _ => Number(words) == number.Value,
                };
                stated.ShouldBeTrue($"{item.Request!.Value}: {number.Value} from \"{words}\"");
            }
        }
    }

    private static IEnumerable<DisputedItem> Requests() =>
        Infrastructure.Corpus.Letters.SelectMany(letter => ImrDocument.Parse(Infrastructure.Corpus.Read(letter)).Items);

    private static int Number(string words) =>
        int.TryParse(words, System.Globalization.CultureInfo.InvariantCulture, out int digits) ? digits : NumberWords[words];

    // Every value of every item's details, its text in canonical form: spans differ between extractions, words must not.
    private static List<string> Describe(ImrDocument document) =>
        [.. DocumentWalker.Values(document)
            .Where(value => value.Path.Contains(".Details", StringComparison.Ordinal))
            .Select(value => $"{value.Path} = {value.Value} ({(value.Text is null ? null : TextNormalizer.Normalize(value.Text))})"),
         .. document.Items.Select(item => $"{item.Number}: {item.Details?.Retrospective}")];
}
