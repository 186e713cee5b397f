using ImrParsing.Tests.Reliability;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Properties;

/// <summary>
/// The damage that found issue 17's crash, done everywhere instead of at random: a lone carriage
/// return, a CR LF or a form feed inserted at every position inside every heading and label of a
/// corpus letter (the section headings, the body labels, the header table's labels), as an
/// extractor breaks a line or a page inside a phrase. Every result is a document that keeps every
/// invariant of <see cref="DocumentInvariants.CheckDocument"/>.
/// </summary>
public sealed class BrokenPhraseTests
{
    private static readonly string[] Breaks = ["\r", "\r\n", "\f"];

    [Fact]
    public void A_line_or_page_break_inside_any_heading_or_label_keeps_every_invariant()
    {
        // One letter of the current layout, every phrase in it: about 400 places, 1,200 parses.
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        var places = InsidePhrases(letter);

        int documents = 0;
        foreach (int at in places)
        {
            foreach (string lineBreak in Breaks)
            {
                string text = letter.Insert(at, lineBreak);
                try
                {
                    // Parsed once and checked without the JSON round trip: the random damage in
                    // ParserPropertyTests checks that on fewer inputs, and this takes thousands.
                    if (ImrParser.Default.TryParse(text, out var document, out _))
                    {
                        DocumentInvariants.CheckDocument(document, text);
                        documents++;
                    }
                }
                catch (Exception exception)
                {
                    throw new InvalidOperationException($"{Escape(lineBreak)} inserted at {at}, before \"{Escape(letter.Substring(at, Math.Min(20, letter.Length - at)))}\", failed.", exception);
                }
            }
        }

        places.Count.ShouldBeGreaterThan(300, "the letter's headings and labels hold hundreds of places");
        documents.ShouldBe(places.Count * Breaks.Length, "one break in one phrase leaves the rest of the letter to read");
    }

    [Fact]
    public void The_places_are_inside_the_phrases_of_the_letter()
    {
        // Constructed: one heading and one label, each once.
        const string Text = "CLINICAL CASE SUMMARY\nDecision rationale: none\n";

        var places = InsidePhrases(Text);

        int label = Text.IndexOf("Decision", StringComparison.Ordinal);
        places.ShouldBe([.. Enumerable.Range(1, 20), .. Enumerable.Range(label + 1, "Decision rationale:".Length - 1)]);
    }

    // Every offset strictly inside an occurrence of a heading or label phrase the default parser knows.
    private static List<int> InsidePhrases(string letter)
    {
        var phrases = ImrParser.Default.LineRules.Where(rule => rule.Kind is LineKind.Heading or LineKind.Label).Select(rule => rule.Phrase)
            .Concat(ImrParser.Default.HeaderTable.Labels.Select(label => label.Phrase))
            .Distinct(StringComparer.Ordinal);
        var places = new SortedSet<int>();
        foreach (string phrase in phrases)
        {
            int from = 0;
            while (from < letter.Length && Phrase.IndexOf(letter.AsSpan(from), phrase, out int length) is int found and >= 0)
            {
                for (int i = 1; i < length; i++)
                {
                    places.Add(from + found + i);
                }

                from += found + 1;
            }
        }

        return [.. places];
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:x4}"));
}
