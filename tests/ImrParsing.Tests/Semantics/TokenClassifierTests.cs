using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The token service and body-region classifiers against the character classifiers they replace
/// (<see cref="CharPhraseClassifiers"/>, the benchmarks' baseline shared as source): the same
/// rule, regions, sides and offsets on any canonical request, the default rules and a rule set
/// with phrases of every shape (marks inside and at the ends, spaces at the ends, a colon).
/// </summary>
public sealed class TokenClassifierTests
{
    // Pieces of requests, constructed: phrases of the rules whole and cut, glued to letters and
    // digits, marks, spaces, letters past ASCII ("ſ" folds to "S" under Unicode case rules, not ASCII ones).
    private static readonly string[] Pieces =
    [
        "MRI", "mri", "MRIs", "MR", "x-ray", "X-Rays", "xray", "PT", "PT/PTT", "PTT", "physical", "therapy", "Physical Therapy",
        "home", "health", "aide", "E/M", "E&M", "f/u", "hot/cold", "right", "Rt", "left", "Lt.", "bilateral", "both", "knee",
        "knees", "low", "back", "lower back", "lumbar", "spine", "c-spine", "L4", "L4-5", "L5-S1", "S1", "T12", "RUE", "LUE",
        "shoulder", "wrist", "carpal tunnel", "Norco", "5/325mg", "#60", "TENS", "unit", "Game Ready", "ſpine", "é", "3D",
        "evaluation", "follow-up", "follow up", "re-eval", "-", "/", ",", ":", " :", "(", ")", ".", "of", "the", "and", "for",
        "2", "12", "side", "hip", "hips", "and right hip", "neck", "epidural", "injection", "block", "nerve block",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "", "-", ", ", "/"];

    public static TheoryData<string> RuleSets => ["default", "shapes"];

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Classify_as_the_character_classifiers_do(string rules)
    {
        var (services, regions) = Rules(rules);
        var characters = new CharPhraseClassifiers(services.Rules, regions);
        var random = new Random(20161013);
        int classified = 0;
        int regionsFound = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string text = TextNormalizer.Normalize(string.Concat(Enumerable.Range(0, random.Next(1, 9))
                .Select(_ => Pieces[random.Next(Pieces.Length)] + Separators[random.Next(Separators.Length)])));

            var expected = characters.Classify(text);
            var service = services.Classify(text);
            (service is null ? ((int, OffsetRange)?)null : (services.Rules.IndexOf(service.Value.Rule), Range(service.Value.Words))).ShouldBe(expected, text);
            classified += expected is null ? 0 : 1;

            var (expectedRegions, expectedSide) = characters.Read(text);
            var reading = regions.Read(text);
            reading.Regions.Select(region => (region.Region, Range(region.Words), region.Side?.Value)).ShouldBe(expectedRegions, text);
            reading.Side?.Value.ShouldBe(expectedSide!.Value, text);
            (reading.Side is null).ShouldBe(expectedSide is null, text);
            regionsFound += expectedRegions.Count;
        }

        // The pieces make matches, so the comparison is not between two empty results.
        classified.ShouldBeGreaterThan(5000);
        regionsFound.ShouldBeGreaterThan(5000);
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void The_source_tokens_read_as_the_canonical_text_does(string rules)
    {
        // Constructed: the same requests with white space runs, line breaks and words broken by a
        // line-end hyphen; classified from the source's tokens, they name what their canonical
        // text names, and each span's words are those of the canonical text.
        var (services, regions) = Rules(rules);
        var random = new Random(20161014);
        int broken = 0;
        for (int sample = 0; sample < 5000; sample++)
        {
            var source = new System.Text.StringBuilder();
            foreach (int _ in Enumerable.Range(0, random.Next(1, 9)))
            {
                string piece = Pieces[random.Next(Pieces.Length)];
                int cut = random.Next(3) == 0 && piece.Length > 3 && piece.All(char.IsAsciiLetterLower) ? random.Next(1, piece.Length - 1) : -1;
                source.Append(cut < 0 ? piece : piece[..cut] + "-\n" + piece[cut..]);
                broken += cut < 0 ? 0 : 1;
                source.Append(Separators[random.Next(Separators.Length)] is " " && random.Next(2) == 0 ? "  \n " : Separators[random.Next(Separators.Length)]);
            }

            string text = source.ToString();
            string canonical = TextNormalizer.Normalize(text);

            var expected = services.Classify(canonical);
            var service = services.Classify(text);
            service?.Rule.ShouldBeSameAs(expected?.Rule, text);
            (service is null).ShouldBe(expected is null, text);
            if (service is { } found)
            {
                Words(text, found.Words).ShouldBe(Words(canonical, expected!.Value.Words), text);
            }

            var expectedReading = regions.Read(canonical);
            var reading = regions.Read(text);
            reading.Regions.Select(region => (region.Region, Words(text, region.Words), region.Side?.Value, region.Side is { } side ? Words(text, side.Words) : null))
                .ShouldBe(expectedReading.Regions.Select(region => (region.Region, Words(canonical, region.Words), region.Side?.Value, region.Side is { } side ? Words(canonical, side.Words) : null)), text);
            reading.Side?.Value.ShouldBe(expectedReading.Side!.Value.Value, text);
            (reading.Side is null).ShouldBe(expectedReading.Side is null, text);
        }

        broken.ShouldBeGreaterThan(1000);
    }

    private static OffsetRange Range(SourceWords words) => new(words.Start, words.End);

    private static string Words(string text, SourceWords words) => TextNormalizer.Normalize(text.AsSpan(words.Start, words.End - words.Start));

    private static (ServiceClassifier Services, BodyRegionClassifier Regions) Rules(string name) => name == "default"
        ? (ServiceClassifier.Default, BodyRegionClassifier.Default)
        : (new ServiceClassifier(
            [
                new("marks", "PT/PTT", "E&M", "f/u", "(PT)", "-eval", "Lt.", "3D"),
                new("spaces", "home health ", "x-ray :", "TENS:", "Game  Ready", " MRI"),
                .. ServiceClassifier.Default.Rules,
            ]),
            new BodyRegionClassifier(
                [new("marked", "c-spine", "L4-5", "low back,"), new("extremity", "RUE") { Side = Syntax.BodySide.Right }, .. BodyRegionClassifier.Default.Regions],
                BodyRegionClassifier.Default.Sides));
}
