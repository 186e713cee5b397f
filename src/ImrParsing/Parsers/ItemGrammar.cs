using System.Collections.Immutable;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Tokenizing;

namespace ImrParsing.Parsers;

/// <summary>
/// The grammar of the decisions section's body, over line tokens whose item heads
/// <see cref="ItemHeads.Mark"/> has already marked:
/// <code>
/// body  = (item | boilerplate | text+ | stray-label text*)*
/// item  = head part* | starting-part part*
/// head  = request+ decision? | decision
/// part  = label text*
/// </code>
/// Every rule decides on its first line, so the body is read in one walk over the lines' kinds,
/// nothing tried twice and nothing allocated but the syntax.
/// </summary>
internal static class ItemGrammar
{
    /// <summary>The body of the decisions section; null where a line of another kind (a heading) stands in it.</summary>
    public static DecisionsSyntax? Read(ReadOnlySpan<Line> lines)
    {
        // The lists a walk fills, kept by each thread: a walk allocates only the syntax it returns.
        var lists = PerThread<Lists>.Take() ?? new Lists();
        var (items, boilerplate, unrecognized, parts) = (lists.Items, lists.Boilerplate, lists.Unrecognized, lists.Parts);
        items.Clear();
        boilerplate.Clear();
        unrecognized.Clear();
        parts.Clear();
        int i = 0;
        while (i < lines.Length)
        {
            int start = i;
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Request or LineKind.Decision:
                    int decision = -1;
                    i = Skip(lines, i, LineKind.Request);
                    if (i < lines.Length && lines[i].Kind == LineKind.Decision)
                    {
                        decision = i++;
                    }

                    var head = new LineRange(start, i);
                    i = Parts(lines, i, parts);
                    items.Add(new ItemSyntax(new LineRange(start, i), head, decision, Take(parts)));
                    break;
                case LineKind.Label when line.StartsItem:
                    i = Parts(lines, Part(lines, i, parts), parts);
                    items.Add(new ItemSyntax(new LineRange(start, i), new LineRange(start, start), -1, Take(parts)));
                    break;
                case LineKind.Boilerplate:
                    boilerplate.Add(new LineRange(start, ++i));
                    break;
                case LineKind.Text:
                    i = Skip(lines, i, LineKind.Text);
                    unrecognized.Add(new LineRange(start, i));
                    break;
                case LineKind.Label:
                    i = Skip(lines, i + 1, LineKind.Text);
                    unrecognized.Add(new LineRange(start, i));
                    break;
                default:
                    PerThread<Lists>.Give(lists);
                    return null;
            }
        }

        var body = new DecisionsSyntax(Take(items), Take(boilerplate), Take(unrecognized));
        PerThread<Lists>.Give(lists);
        return body;
    }

    // The list's contents, the list emptied for the next use.
    private static ImmutableArray<T> Take<T>(ImmutableArray<T>.Builder list)
    {
        var taken = list.ToImmutable();
        list.Clear();
        return taken;
    }

    // The parts that follow from `at`, added to `parts`: each a label that starts no item and its lines of text.
    private static int Parts(ReadOnlySpan<Line> lines, int at, ImmutableArray<PartSyntax>.Builder parts)
    {
        while (at < lines.Length && lines[at].Kind == LineKind.Label && !lines[at].StartsItem)
        {
            at = Part(lines, at, parts);
        }

        return at;
    }

    // The part whose label is line `at`, added to `parts`; returns the index past it.
    private static int Part(ReadOnlySpan<Line> lines, int at, ImmutableArray<PartSyntax>.Builder parts)
    {
        int end = Skip(lines, at + 1, LineKind.Text);
        parts.Add(new PartSyntax(lines[at].Rule, new LineRange(at, end)));
        return end;
    }

    // The index of the first line at or after `at` that is not of `kind`.
    private static int Skip(ReadOnlySpan<Line> lines, int at, LineKind kind)
    {
        while (at < lines.Length && lines[at].Kind == kind)
        {
            at++;
        }

        return at;
    }

    private sealed class Lists
    {
        public ImmutableArray<ItemSyntax>.Builder Items { get; } = ImmutableArray.CreateBuilder<ItemSyntax>();

        public ImmutableArray<LineRange>.Builder Boilerplate { get; } = ImmutableArray.CreateBuilder<LineRange>();

        public ImmutableArray<LineRange>.Builder Unrecognized { get; } = ImmutableArray.CreateBuilder<LineRange>();

        public ImmutableArray<PartSyntax>.Builder Parts { get; } = ImmutableArray.CreateBuilder<PartSyntax>();
    }
}
