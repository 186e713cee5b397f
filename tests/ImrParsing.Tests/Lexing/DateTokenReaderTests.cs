using ImrParsing.Benchmarks;
using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Lexing;

/// <summary>
/// The token date reader against the character grammar it replaces (<see cref="PidginDateScanner"/>,
/// the benchmarks' baseline shared as source): the tokens of the source must give the dates,
/// forms and source offsets the grammar finds in the canonical form, on any text.
/// </summary>
public sealed class DateTokenReaderTests
{
    // Pieces of dates and of what stands around them, constructed: numbers of every length,
    // both separators, month names and abbreviations, cues, doses, letters glued to digits,
    // characters past ASCII that are letters or digits ("ſ" folds to "S", "٣" is a digit).
    private static readonly string[] Pieces =
    [
        "1", "0", "9", "10", "12", "30", "302016", "1020", "2016", "16", "213", "-", "/", "/ ", " ", ".", ",", "(", ")", "+", "$", "#",
        "on", "On", "dated", "of", "since", "and", "between", "x", "mg", "T9", "5mg", "March", "MARCH", "Dec", "Sept", "ſept",
        "May", "Mayo", "January", "Ja", "٣", "é", "10-13-", "13-16", "on 11-2216", "dated 1020-16", "March 18", "18, 2013", ", 2016",
        "10/14/ 2016", "Dec. 9, 2016", "on ", " and ", "-\n", "\n", "\u00A0", "  ",
    ];

    [Fact]
    public void Reads_the_same_dates_as_the_character_grammar_on_constructed_text()
    {
        var random = new Random(20161013);
        var forms = new HashSet<DateForm>();
        int dates = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            using var canonical = CanonicalText.Of(text);
            var expected = PidginDateScanner.Find(canonical);
            NarrativeDates.Find(text).ShouldBe(expected, text);
            dates += expected.Length;
            forms.UnionWith(expected.Select(date => date.Form));
        }

        // The pieces make dates of every form, so the comparison is not between two empty lists.
        dates.ShouldBeGreaterThan(200);
        forms.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("seen on 10-13-16 and on March 18, 2013.", "2016-10-13 Numeric 8-16|2013-03-18 Named 24-38")]
    [InlineData("dated 10/14/ 2016, then Dec. 9, 2016", "2016-10-14 Numeric 6-17|2016-12-09 Named 24-36")]
    [InlineData("the note dated 10-302016 and 1020-16", "2016-10-30 Glued 15-24|2016-10-20 Glued 29-36")]
    [InlineData("Norco 10-325mg, 0-120 degrees, T9-10, 7.5-325", "")]
    [InlineData("On 10-13- 16x and 10-13-16-2 the", "")]
    public void Reads_dates_with_their_form_and_offsets(string text, string expected) =>
        string.Join("|", Read(text)).ShouldBe(expected);

    private static List<string> Read(string canonical)
    {
        using var tokens = WordLexer.Lex(canonical);
        var found = new List<string>();
        foreach (var date in new DateTokenReader(canonical, tokens))
        {
            found.Add(Describe(date.Date, date.Form, date.Start, date.End));
        }

        return found;
    }

    private static string Describe(DateOnly date, DateForm form, int start, int end) =>
        $"{date:yyyy-MM-dd} {form} {start}-{end}";
}
