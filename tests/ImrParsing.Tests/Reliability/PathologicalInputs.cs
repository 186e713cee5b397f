using System.Text;

namespace ImrParsing.Tests.Reliability;

/// <summary>
/// Inputs built to find superlinear time and deep recursion: huge item counts, one line of a
/// megabyte, a hundred thousand decision lines or headings, deep bracket nesting. Shared as source
/// by the tests (which check that each gives a document or an <see cref="ImrParseException"/>) and
/// the benchmarks (which measure each one's cost per character against a normal letter's).
/// </summary>
public static class PathologicalInputs
{
    /// <summary>The start of a real letter (CM16-0213037), up to and including its decisions heading and boilerplate.</summary>
    public const string LetterHead =
        "Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM16-0213037\n11/09/2016\n12/09/2016\nStandard\n\n" +
        "HOW THE IMR FINAL DETERMINATION WAS MADE\nThe Expert Reviewer has the following credentials:\n" +
        "State(s) of Licensure: California,North Carolina\nCertification(s)/Specialty: Family Practice\n" +
        "CLINICAL CASE SUMMARY\nThe injured worker is a 48 year old male who sustained an industrial injury on 10-13-16.\n" +
        "IMR ISSUES, DECISIONS AND RATIONALES\n\n" +
        "The Final Determination was based on decisions for the disputed items/services set forth below:\n";

    /// <summary>One item of that letter, shortened.</summary>
    public const string Item =
        "MRI of the right shoulder without contrast: Upheld\n" +
        "Claims Administrator guideline: Decision based on MTUS Shoulder Complaints 2004.\n" +
        "MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s):\nSpecial Studies.\n" +
        "Decision rationale: There is no evidence of any red flag conditions. Therefore the request for an MRI of the shoulder is determined to be not\nmedically necessary.\n";

    /// <summary>
    /// The inputs by name, each built from a count n of repetitions when asked for: n = 100,000 makes
    /// each one about a megabyte or more.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<int, string>> All { get; } = new Dictionary<string, Func<int, string>>
    {
        ["n lines of \": Upheld\""] = n => Repeat(": Upheld\n", n),
        ["n decision lines after a letter head"] = n => LetterHead + Repeat("Physical therapy: Upheld\n", n),
        ["n/10 items"] = n => LetterHead + Repeat(Item, n / 10),
        ["one line of 10n characters"] = n => Repeat("The injured worker was seen for pain: ", n / 4),
        ["10n colons"] = n => new string(':', 10 * n),
        ["a line of 10n characters inside a letter"] = n => LetterHead + Item.Replace("red flag", Repeat("red flag ", n), StringComparison.Ordinal),
        ["a licensure list of n states"] = n => LetterHead.Replace("California,North Carolina", Repeat("Texas and ", n) + "California", StringComparison.Ordinal),
        ["n headings"] = n => Repeat("CLINICAL CASE SUMMARY\n", n),
        ["n header labels"] = n => Repeat("Case Number:\n", n),
        ["n/2 header labels, then n/2 words"] = n => Repeat("Case Number:\n", n / 2) + Repeat("pending\n", n / 2),
        ["brackets nested n deep"] = n => LetterHead + "Acupuncture " + Repeat("(", n) + Repeat(")", n) + ": Upheld\n" + Item,
        ["n item numbers on one line"] = n => LetterHead + Repeat("1. ", n) + "Acupuncture: Upheld\n" + Item,
        ["n blank lines and page breaks"] = n => LetterHead + Repeat("\n\f\r\n   \n", n) + Item,
        ["n/10 lines of Markdown, HTML and hyphen look-alikes"] = n => LetterHead + Repeat("| **Acupuncture** | <td>non\u2011certified</td> &amp; _x_ <b and |\n## ", n / 10) + "\n" + Item,
        ["10n hyphen look-alikes and stars on one line"] = n => LetterHead + Repeat("\u2011*", 5 * n) + "\n" + Item,
    };

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
