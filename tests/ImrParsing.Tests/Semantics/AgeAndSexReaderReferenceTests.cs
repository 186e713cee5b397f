using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The age and sex rules read by hand (<see cref="AgeAndSexReader.AgeThenSexAt"/>,
/// <see cref="AgeAndSexReader.SexOnlyAt"/>) against the Pidgin rules they replaced
/// (<see cref="PidginPatientGrammar.AgeThenSex"/>, <see cref="PidginPatientGrammar.SexOnly"/>): the same value,
/// offsets and end at every character of constructed texts, or the same refusal.
/// </summary>
public sealed class AgeAndSexReaderReferenceTests
{
    // The rules' words in other case, cut short and run on; numbers of every length; marks around them.
    private static readonly string[] Pieces =
    [
        "48", "7", "101", "1234", "06", "year", "years", "Year", "YEARS", "yearly", "yea", "old", "OLD", "olde", "ol",
        "male", "female", "Male", "FEMALE", "males", "femal", "maleé", "male1", "a", "A", "an", "-", ",", ".", "x", "é",
    ];

    private static readonly string[] Spaces = ["", "", " ", " ", "  ", "\n", "-\n", "- ", "\u00A0", "\t", "\r\n"];

    [Fact]
    public void Read_as_the_rules_did()
    {
        var random = new Random(20161205);
        int ages = 0;
        int sexes = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string text = random.Next(4) == 0
                ? string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pieces[random.Next(Pieces.Length)] + Spaces[random.Next(Spaces.Length)]))
                : Stated(random);
            for (int at = 0; at < text.Length; at++)
            {
                bool expected = PidginPatientGrammar.AgeThenSex.TryMatchAt(text, at, out var rule, out int ruleEnd);
                AgeAndSexReader.AgeThenSexAt(text, at, out var read, out int end).ShouldBe(expected, text);
                if (expected)
                {
                    (read, end).ShouldBe((rule, ruleEnd), text);
                    ages++;
                }

                expected = PidginPatientGrammar.SexOnly.TryMatchAt(text, at, out rule, out ruleEnd);
                AgeAndSexReader.SexOnlyAt(text, at, out read, out end).ShouldBe(expected, text);
                if (expected)
                {
                    (read, end).ShouldBe((rule, ruleEnd), text);
                    sexes++;
                }
            }
        }

        ages.ShouldBeGreaterThan(2000);
        sexes.ShouldBeGreaterThan(1000);
    }

    // A statement close to the rule's, a word or separator now and then changed.
    private static string Stated(Random random)
    {
        string Pick(params string[] choices) => choices[random.Next(choices.Length)];
        string Space() => Spaces[random.Next(Spaces.Length)];
        return Pick("", "is a ", "a", "x") + Pick("48", "7", "101", "1234", "a") + Pick("-", " ", "\n", "-\n", "", "\u00A0") + Pick("year", "years", "Year", "yea")
            + Pick("-", " ", "\r\n", "-\n ", "") + Pick("old", "OLD", "olde") + Pick(",", "", ".") + Space()
            + Pick("male", "female", "Male", "FEMALE", "males", "maleé", "male1", "femal") + Pick("", " who", ".", "s") + Space() + Pick("", "a female", "a male.", "A Male");
    }
}
