using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using Pidgin;
using ImrParsing.Parsers.Combinators;

namespace ImrParsing.Tests.Grammar;

/// <summary>
/// <see cref="HeaderTableGrammar.Read"/> against the Pidgin rule it replaced (<see cref="PidginHeaderTable"/>):
/// the same tokens, kinds, labels and offsets on constructed tables, with the default labels and
/// with a list that adds one and reorders prefixes.
/// </summary>
public sealed class HeaderTableReaderReferenceTests
{
    // Labels whole, split over lines, in other case, glued to their value; values of each kind; near misses.
    private static readonly string[] Pieces =
    [
        "Case Number:", "Case  Number:", "case number:", "Case\nNumber:", "Case Number :", "Date Assigned:", "Decision Date:",
        "Priority:", "Priority:Standard", "Date of Injury:", "Date of\r\nInjury:", "UR Denial Date:", "Application Received:",
        "Application", "Applications", "Received:", "Received", "Claim Number:", "Claim", "CM16-0213037", "11/09/2016", "10/13/16",
        "Standard", "Expedited", "pending", "Date", "of", "Injury", "Number:", ":", "-", "Assigned:",
    ];

    private static readonly string[] Spaces = [" ", "  ", "\n", "\u00A0", "\t", "\r\n", "         "];

    [Fact]
    public void Reads_the_default_labels_as_the_rule_did() =>
        Compare(20161109, [.. HeaderGrammar.Labels]);

    [Fact]
    public void Reads_a_parsers_own_labels_as_the_rule_did() =>
        Compare(20161110, [new HeaderLabel("claimNumber", "Claim Number:", HeaderValueKind.Word), .. HeaderGrammar.Labels.Reverse()]);

    private static void Compare(int seed, HeaderLabel[] labels)
    {
        var reader = new HeaderTableGrammar(labels);
        var rule = PidginHeaderTable.Of(labels);
        var random = new Random(seed);
        int labelsRead = 0;
        for (int sample = 0; sample < 5000; sample++)
        {
            // Read inside a larger text: offsets are the letter's, and nothing past the end is read.
            string before = Spaces[random.Next(Spaces.Length)] + "x";
            string table = string.Concat(Enumerable.Range(0, random.Next(0, 14))
                .Select(_ => Spaces[random.Next(Spaces.Length)] + Pieces[random.Next(Pieces.Length)]));
            string text = before + table + " Received: after";
            rule.TryMatch(table, out var expected).ShouldBeTrue();
            var read = reader.Read(text, before.Length, before.Length + table.Length);
            read.ShouldBe([.. expected.Select(token => token with { Start = token.Start + before.Length, End = token.End + before.Length })], table);
            labelsRead += read.Count(token => token.Kind == HeaderTokenKind.Label);
        }

        labelsRead.ShouldBeGreaterThan(5000);
    }
}

/// <summary>
/// The header's values told apart by hand (<see cref="HeaderGrammar.IsValueOfKind"/>,
/// <see cref="DateGrammar.TryReadNumeric"/>) against the Pidgin rules they replaced, on constructed values.
/// </summary>
public sealed class HeaderValueReferenceTests
{
    private static readonly Parser<char, Unit> CaseNumber =
        TextParsers.Letters.Then(TextParsers.Digits).Then(Parser.Char('-')).Then(TextParsers.Digits).Then(Parser<char>.End).IgnoreResult();

    private static readonly Parser<char, Unit> Word = TextParsers.Letters.Then(Parser<char>.End).IgnoreResult();

    private static readonly Parser<char, DateOnly> WholeDate = DateGrammar.Numeric.Before(Parser<char>.End);

    private static readonly string[] Pieces = ["11/09/2016", "10-13-16", "9/1/ 2016", "02/30/2016", "1/2-16", "CM", "cm", "É", "16", "1", "0213037", "-", "/", "11", "09", "2016", "16", "9", "31", "02", "29", "1900", "2100", " ", "\u00A0", "\n", "x", "Standard", ".", "١"];

    [Fact]
    public void Tell_values_apart_as_the_rules_did()
    {
        var random = new Random(20161111);
        int dates = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string value = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            HeaderGrammar.IsValueOfKind(value, HeaderValueKind.CaseNumber).ShouldBe(CaseNumber.TryMatch(value, out _), value);
            HeaderGrammar.IsValueOfKind(value, HeaderValueKind.Word).ShouldBe(Word.TryMatch(value, out _), value);
            HeaderGrammar.IsValueOfKind(value, HeaderValueKind.Date).ShouldBe(WholeDate.TryMatch(value, out _), value);

            bool read = DateGrammar.TryReadNumeric(value, out var date, out int length);
            bool matched = DateGrammar.Numeric.TryMatch(value, out var reference);
            read.ShouldBe(matched, value);
            if (read)
            {
                date.ShouldBe(reference, value);
                length.ShouldBe(PidginTextParsers.Captured(DateGrammar.Numeric).Parse(value).Value.End, value);
                dates++;
            }
        }

        dates.ShouldBeGreaterThan(200);
    }
}
