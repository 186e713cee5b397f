using System.Buffers;
using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The sections of an unnumbered list (<see cref="PidginSectionListGrammar"/>), read in one pass: a
/// section runs to a comma that separates (outside brackets, not before words in lower case that
/// continue the name, not inside one of <see cref="SectionListGrammar.NamesWithCommas"/>) or to
/// where the list ends. The list's end is a rule of the whole grammar (pages, a chained citation of
/// any form, the end of the statement); it runs only at the characters it can start with, once at
/// each place, where the Pidgin form of the same rules ran it at every space two to four times.
/// </summary>
internal sealed class SectionListReader : Parser<char, ImmutableArray<OffsetRange>>
{
    [ThreadStatic]
    private static ImmutableArray<OffsetRange>.Builder? t_sections;

    private readonly Parser<char, Unit> _end;
    private readonly SearchValues<char>? _endFirst;
    private readonly SearchValues<char>? _itemStops;
    private readonly SearchValues<char>? _bracketStops;

    /// <summary>A reader of the sections of a list that ends where <paramref name="end"/> matches (or with the text).</summary>
    public SectionListReader(Parser<char, Unit> end)
    {
        _end = end;
        if (PidginTextParsers.FirstCharsOrNull(end) is { } first)
        {
            _endFirst = SearchValues.Create(first);
            _itemStops = SearchValues.Create(first + ",([");
            _bracketStops = SearchValues.Create(first + "()[]");
        }
    }

    public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out ImmutableArray<OffsetRange> result)
    {
        var text = state.LookAhead(int.MaxValue);
        var ends = new EndProbe(_end, _endFirst, text.Length);

        // Reused: a list's end never reads a list.
        var sections = new RangeSink(t_sections ??= ImmutableArray.CreateBuilder<OffsetRange>());
        sections.Ranges.Clear();
        if (!Read(ref state, ref ends, ref sections, text, (int)state.Location, out int at))
        {
            result = default;
            expecteds.Add(new Expected<char>("the first section of a list"));
            state.SetError(state.HasCurrent ? Maybe.Just(state.Current) : Maybe.Nothing<char>(), !state.HasCurrent, state.Location, null);
            return false;
        }

        result = sections.Ranges.ToImmutable();
        state.Advance(at);
        return true;
    }

    /// <summary>
    /// Reads the list <paramref name="text"/> starts with, which ends where <paramref name="ends"/>
    /// says: its sections, given to <paramref name="sections"/> as offsets from
    /// <paramref name="origin"/>, and where it stops; false (and no section) for an empty list.
    /// </summary>
    public bool Read<TState, TEnd, TSections>(ref TState state, ref TEnd ends, ref TSections sections, ReadOnlySpan<char> text, int origin, out int at)
        where TState : allows ref struct
        where TEnd : struct, IListEnd<TState>
        where TSections : struct, ISectionSink
    {
        if (!Section(ref state, ref ends, text, 0, out at))
        {
            return false;
        }

        sections.Add(origin, origin + at);

        // ", " and an optional "and " between sections; a separator not followed by a section is left.
        while (at < text.Length && text[at] == ',' && !ends.At(ref state, text, at))
        {
            int next = at + 1 + SpaceLength(text[(at + 1)..]);
            int and = Phrase.MatchLength(text[next..], "and ");
            next += Math.Max(and, 0);
            if (!Section(ref state, ref ends, text, next, out int sectionEnd))
            {
                break;
            }

            sections.Add(origin + next, origin + sectionEnd);
            at = sectionEnd;
        }

        return true;
    }

    // One of the names with commas, where a separator or the list's end follows it, or chunks of
    // words, brackets and continuing commas.
    private bool Section<TState, TEnd>(ref TState state, ref TEnd ends, ReadOnlySpan<char> text, int start, out int end)
        where TState : allows ref struct
        where TEnd : struct, IListEnd<TState>
    {
        foreach (string name in SectionListGrammar.NamesWithCommas)
        {
            int length = Phrase.MatchLength(text[start..], name);
            int after = start + length;
            if (length >= 0 && (after == text.Length || text[after] == ',' || ends.At(ref state, text, after)))
            {
                end = after;
                return true;
            }
        }

        end = start;
        while (!ends.At(ref state, text, end) && Chunk(ref state, ref ends, text, end, out int next))
        {
            end = next;
        }

        return end > start;
    }

    private bool Chunk<TState, TEnd>(ref TState state, ref TEnd ends, ReadOnlySpan<char> text, int start, out int end)
        where TState : allows ref struct
        where TEnd : struct, IListEnd<TState>
    {
        if (start < text.Length && text[start] is '(' or '[')
        {
            end = Bracketed(ref state, ref ends, text, start);
            return true;
        }

        if (IsContinuation(text, start))
        {
            end = start + 2;
            return true;
        }

        end = RunEnd(ref state, ref ends, text, start, _itemStops, ",([");
        return end > start;
    }

    // "(Naprosyn, Anaprox DS [otc], Naprelan)": brackets nest; an unclosed one runs to the end of the list.
    private int Bracketed<TState, TEnd>(ref TState state, ref TEnd ends, ReadOnlySpan<char> text, int opening)
        where TState : allows ref struct
        where TEnd : struct, IListEnd<TState>
    {
        int at = opening + 1;
        while (!ends.At(ref state, text, at))
        {
            if (at < text.Length && text[at] is '(' or '[')
            {
                at = Bracketed(ref state, ref ends, text, at);
                continue;
            }

            int end = RunEnd(ref state, ref ends, text, at, _bracketStops, "()[]");
            if (end == at)
            {
                break;
            }

            at = end;
        }

        return at < text.Length && text[at] is ')' or ']' ? at + 1 : at;
    }

    // Where a run of words ends: at one of `stops` or where the list ends; the end of the text otherwise.
    private static int RunEnd<TState, TEnd>(ref TState state, ref TEnd ends, ReadOnlySpan<char> text, int start, SearchValues<char>? candidates, string stops)
        where TState : allows ref struct
        where TEnd : struct, IListEnd<TState>
    {
        int at = start;
        while (true)
        {
            if ((at < text.Length && stops.Contains(text[at])) || ends.At(ref state, text, at) || at >= text.Length)
            {
                return Math.Min(at, text.Length);
            }

            at++;
            if (candidates is not null)
            {
                int found = text[at..].IndexOfAny(candidates);
                at = found < 0 ? text.Length : at + found;
            }
        }
    }

    // ", chronic pain": a comma followed by words in lower case that continue the name ("and"/"or" start a new one).
    private static bool IsContinuation(ReadOnlySpan<char> text, int at) =>
        at + 2 < text.Length && text[at] == ',' && text[at + 1] == ' '
        && Phrase.MatchLength(text[(at + 2)..], "and ") < 0 && Phrase.MatchLength(text[(at + 2)..], "or ") < 0
        && char.IsLower(text[at + 2]);

    private static int SpaceLength(ReadOnlySpan<char> text)
    {
        int length = text.IndexOfAnyExcept(CharSets.AnySpace);
        return length < 0 ? text.Length : length;
    }

    // The sections as ranges, for the rule.
    private readonly struct RangeSink(ImmutableArray<OffsetRange>.Builder ranges) : ISectionSink
    {
        public ImmutableArray<OffsetRange>.Builder Ranges => ranges;

        public void Add(int start, int end) => ranges.Add(new OffsetRange(start, end));
    }

    // Whether the list's end matches at a place, run at most once per place.
    private struct EndProbe(Parser<char, Unit> end, SearchValues<char>? first, int length) : IListEnd<ParseState<char>>
    {
        private int _last = -1;
        private bool _lastMatched;

        public bool At(ref ParseState<char> state, ReadOnlySpan<char> text, int at)
        {
            if (first is not null && (at >= length || !first.Contains(text[at])))
            {
                return false;
            }

            if (at == _last)
            {
                return _lastMatched;
            }

            long bookmark = state.Bookmark();
            state.Advance(at);
            var scratch = new PooledList<Expected<char>>(ScratchPool<Expected<char>>.Instance);
            _lastMatched = end.TryParse(ref state, ref scratch, out _);
            scratch.Dispose();
            state.Rewind(bookmark);
            _last = at;
            return _lastMatched;
        }
    }
}

/// <summary>Where a list read by <see cref="SectionListReader.Read"/> ends, asked at a place of its text (relative to the list's start).</summary>
/// <typeparam name="TState">What the probe needs to run (a Pidgin parse state, or nothing).</typeparam>
internal interface IListEnd<TState>
    where TState : allows ref struct
{
    bool At(ref TState state, ReadOnlySpan<char> text, int at);
}

/// <summary>Where the sections read by <see cref="SectionListReader.Read"/> go, each from its first character to just past its last.</summary>
internal interface ISectionSink
{
    void Add(int start, int end);
}
