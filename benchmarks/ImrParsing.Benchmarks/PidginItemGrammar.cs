using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Tokenizing;
using static ImrParsing.Parsers.LineParsers;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The decisions section's body as the Pidgin grammar over lines that read it before
/// <see cref="ItemGrammar.Read"/>: the baseline of `DecisionsBodyBenchmarks` and the tests'
/// reference for the walk (shared as source).
/// <code>
/// body  = (item | boilerplate | text+ | stray-label text*)*
/// item  = head part* | starting-part part*
/// head  = request+ decision? | decision
/// part  = label text*
/// </code>
/// </summary>
internal static class PidginItemGrammar
{
    /// <summary>A line of an item's request before its decision line.</summary>
    public static Parser<Line, Line> RequestLine { get; } = OfKind(LineKind.Request, "a request line");

    /// <summary>The line that ends with the decision word.</summary>
    public static Parser<Line, Line> DecisionLine { get; } = OfKind(LineKind.Decision, "a decision line (\"...: Upheld\")");

    /// <summary>A line of prose that continues a part.</summary>
    public static Parser<Line, Line> TextLine { get; } = OfKind(LineKind.Text, "a line of text");

    /// <summary>A labelled part: "Claims Administrator guideline:", "MAXIMUS guideline:", "Decision rationale:" and their lines.</summary>
    public static Parser<Line, PartSyntax> Part { get; } = PartStartingWith(
        Where(line => line.Kind == LineKind.Label && !line.StartsItem, "a guideline or rationale label"));

    /// <summary>A labelled part that begins an item whose head is missing.</summary>
    public static Parser<Line, PartSyntax> StartingPart { get; } = PartStartingWith(
        Where(line => line.Kind == LineKind.Label && line.StartsItem, "a label that starts an item"));

    /// <summary>An item's head: its request lines and decision line.</summary>
    public static Parser<Line, (LineRange Lines, int Decision)> Head { get; } = Parser.OneOf(
        Parser.Map(
            (start, decision, end) => (new LineRange(start, end), decision.HasValue ? end - 1 : -1),
            CurrentLine,
            RequestLine.AtLeastOnce().Then(DecisionLine.Optional()),
            CurrentLine),
        Parser.Map((start, _) => (new LineRange(start, start + 1), start), CurrentLine, DecisionLine));

    /// <summary>A disputed item.</summary>
    public static Parser<Line, ItemSyntax> Item { get; } = Parser.OneOf(
        Parser.Map(
            (start, head, parts, end) => new ItemSyntax(new LineRange(start, end), head.Lines, head.Decision, [.. parts]),
            CurrentLine,
            Head,
            Part.Many(),
            CurrentLine),
        Parser.Map(
            (start, first, rest, end) => new ItemSyntax(new LineRange(start, end), new LineRange(start, start), -1, [first, .. rest]),
            CurrentLine,
            StartingPart,
            Part.Many(),
            CurrentLine));

    /// <summary>The body of the decisions section.</summary>
    public static Parser<Line, DecisionsSyntax> Body { get; } =
        Parser.OneOf(
                Item.Select(item => new BodyElement(item, default, false)),
                Captured(OfKind(LineKind.Boilerplate, "a sentence of the form")).Select(range => new BodyElement(null, range, true)),
                Captured(TextLine.AtLeastOnce()).Select(range => new BodyElement(null, range, false)),
                Captured(OfKind(LineKind.Label, "a label").Then(TextLine.SkipMany())).Select(range => new BodyElement(null, range, false)))
            .Many()
            .Select(Collect)
            .Before(Parser<Line>.End.Labelled("a disputed item"));

    private static PartSyntax MakePart(int start, Line label, int end) => new(label.Rule, new LineRange(start, end));

    private static Parser<Line, PartSyntax> PartStartingWith(Parser<Line, Line> label) =>
        Parser.Map(MakePart, CurrentLine, label, TextLine.SkipMany().Then(CurrentLine));

    private static DecisionsSyntax Collect(IEnumerable<BodyElement> elements)
    {
        var items = new List<ItemSyntax>();
        var boilerplate = new List<LineRange>();
        var unrecognized = new List<LineRange>();
        foreach (var element in elements)
        {
            if (element.Item is { } item)
            {
                items.Add(item);
            }
            else
            {
                (element.IsBoilerplate ? boilerplate : unrecognized).Add(element.Range);
            }
        }

        return new DecisionsSyntax([.. items], [.. boilerplate], [.. unrecognized]);
    }

    private readonly record struct BodyElement(ItemSyntax? Item, LineRange Range, bool IsBoilerplate);
}
