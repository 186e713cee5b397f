using ImrParsing.Tests.Infrastructure;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// Tolerant spacing, as extractors space a letter: a space inside a word of a label, a heading's
/// sentence of the form or a decision word ("Decision rat ionale:", "request f or", "Up held"), two
/// spaces after labels, a leading space, trailing spaces on every line and a blank line after every
/// paragraph. A real letter with the damage applied gives the values of the original.
/// </summary>
public sealed class SpacingTests
{
    private static readonly string Letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");

    // One space inside a word of each label and decision word, as a PDF's kerning gives it.
    private static readonly (string Phrase, string Spaced)[] SplitWords =
    [
        ("Claims Administrator guideline:", "Claims Admin istrator guide line:"),
        ("MAXIMUS guideline:", "MAXIMUS guideli ne:"),
        ("Decision rationale:", "Decision rat ionale:"),
        ("State(s) of Licensure:", "State(s) of Licen sure:"),
        (": Upheld", ": Up held"),
        (": Overturned", ": Over turned"),
    ];

    private static List<string> Differences(string damaged) =>
        [.. DocumentComparison.Compare(ImrDocument.Parse(Letter), ImrDocument.Parse(damaged)).Differences];

    [Fact]
    public void Spaces_inside_the_words_of_labels_and_decisions_change_no_value()
    {
        string damaged = SplitWords.Aggregate(Letter, (text, pair) => text.Replace(pair.Phrase, pair.Spaced, StringComparison.Ordinal));

        damaged.ShouldNotBe(Letter);
        var document = ImrDocument.Parse(damaged);
        document.Items.Select(item => (item.Decision?.Value, item.Decision is { } d ? damaged.Substring(d.Span.Start, d.Span.Length) : null))
            .ShouldBe([(Decision.Upheld, "Up held"), (Decision.Upheld, "Up held")]);

        // The decisions' source text is the split word; every other value is the original's.
        Differences(damaged).Where(difference => !difference.Contains("].Decision: expected \"Upheld ‹Upheld›\", found \"Upheld ‹Up held›\"", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Two_spaces_after_labels_a_leading_space_trailing_spaces_and_blank_lines_change_no_value()
    {
        string damaged = " " + string.Join('\n', Letter.Split('\n').Select(line => line.Replace(": ", ":  ", StringComparison.Ordinal) + "   \n"));

        Differences(damaged).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Lumbar MRI without contrast: Up held", LineKind.Decision)]
    [InlineData("Physical therapy 2 times a week for 4 weeks: Over turned", LineKind.Decision)]
    [InlineData("Physical therapy 2 times a week for 4 weeks: Over turn", LineKind.Text)]
    [InlineData("The worker held a cup up: Up hold", LineKind.Text)]
    [InlineData("The brace was held up held", LineKind.Text)]
    public void A_decision_word_split_by_one_space_is_read_after_a_colon_only(string line, LineKind kind) =>
        ImrParser.Default.Classifier.Classify(line, new Line(0, 0, line.Length, 1)).Kind.ShouldBe(kind);
}
