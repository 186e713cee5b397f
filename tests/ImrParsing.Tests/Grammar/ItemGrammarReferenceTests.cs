using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Tokenizing;
using Pidgin;

namespace ImrParsing.Tests.Grammar;

/// <summary>
/// <see cref="ItemGrammar.Read"/> against the Pidgin grammar over lines it replaced
/// (<see cref="PidginItemGrammar"/>): the same items, heads, decision lines, parts, form sentences
/// and unrecognized runs, or the same refusal, on constructed sequences of line kinds.
/// </summary>
public sealed class ItemGrammarReferenceTests
{
    // Every kind the section's lines can have, the structural ones more often; a heading now and then.
    private static readonly LineKind[] Kinds =
    [
        LineKind.Text, LineKind.Text, LineKind.Text, LineKind.Label, LineKind.Label, LineKind.Request, LineKind.Request,
        LineKind.Decision, LineKind.Decision, LineKind.Boilerplate,
    ];

    [Fact]
    public void Reads_the_body_as_the_grammar_did()
    {
        var random = new Random(20161205);
        int items = 0;
        int refused = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            var lines = new Line[random.Next(0, 24)];
            for (int i = 0; i < lines.Length; i++)
            {
                var kind = random.Next(200) == 0 ? (random.Next(2) == 0 ? LineKind.Heading : LineKind.HeadingContinuation) : Kinds[random.Next(Kinds.Length)];
                lines[i] = new Line(i * 10, i * 10, 5, i + 1, kind, random.Next(3), kind == LineKind.Label && random.Next(3) == 0);
            }

            var expected = PidginItemGrammar.Body.Parse(lines.AsSpan(), ScratchConfiguration.For<Line>());
            var read = ItemGrammar.Read(lines);
            string kinds = string.Join(" ", lines.Select(line => line.Kind + (line.StartsItem ? "*" : "")));
            if (!expected.Success)
            {
                read.ShouldBeNull(kinds);
                refused++;
                continue;
            }

            read.ShouldNotBeNull(kinds);
            Describe(read).ShouldBe(Describe(expected.Value), kinds);
            items += read.Items.Length;
        }

        items.ShouldBeGreaterThan(50000);
        refused.ShouldBeGreaterThan(100);
    }

    private static string Describe(DecisionsSyntax syntax) =>
        string.Join(" | ", syntax.Items.Select(item => $"{item.Lines} {item.Head} {item.DecisionLine} [{string.Join(", ", item.Parts)}]"))
        + " / " + string.Join(", ", syntax.Boilerplate) + " / " + string.Join(", ", syntax.Unrecognized);
}
