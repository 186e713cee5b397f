using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>What the case summary's readers read in a narrative; offsets are the source's.</summary>
internal readonly record struct NarrativeFacts(
    ImmutableArray<TokenDate> Dates,
    (string Value, int Start, int End)? Term,
    AgeAndSex? AgeAndSex,
    ImmutableArray<(int Start, int End)> Diagnoses,
    TokenDate? DateOfInjury);

/// <summary>
/// Reads a narrative where its readers can start, and lexes only there: one pass over the source
/// finds the numbers and the line-end hyphens that may join a word (<see cref="NumberMarks"/>),
/// vectorized searches the month names and the readers' anchor words (from their own phrase
/// lists, <see cref="NarrativeAnchors"/>); a window of words around each is lexed
/// (<see cref="WordWindows"/>), so the readers see the tokens a lex of the whole narrative gives
/// there. The dates and the age are read in one lex of all their windows; the patient term, the
/// date of injury and the diagnoses, each the first its rule finds, window by window in order
/// until one is read.
/// </summary>
internal static class NarrativeReader
{
    // Groups of words lexed either side of a number or a month name: a date's cue or the word it
    // must not be glued to stands in the group before, and the rest of a date ("Dec. 9, 2016") is
    // numbers, each such a place itself, so one group each side joins a date's windows into one.
    private const int DateContext = 1;

    private static readonly SearchValues<string> MonthWords =
        SearchValues.Create([.. WordKeys.MonthWords], StringComparison.OrdinalIgnoreCase);

    // The characters first lexed past an anchor word, about what its rule reads there; a window
    // grows until it holds the tokens the rule reads at most, a diagnosis list to its sentence's end.
    private static readonly AnchorSearch Terms = new(NarrativeAnchors.PatientTerm, PatientTermReader.Reach, 96);
    private static readonly AnchorSearch Injuries = new(NarrativeAnchors.DateOfInjury, DateOfInjuryReader.Reach, 64);
    private static readonly AnchorSearch DiagnosisLists = new(NarrativeAnchors.Diagnoses, DiagnosisReader.IntroductionReach, 256);

    private enum Reading
    {
        None,
        Read,
        NeedsMore,
    }

    // Reads a rule at an anchor of a window (the whole narrative's end within it or not), given the narrative's dates.
    private delegate Reading AnchorReader<T>(LexedText window, int token, bool whole, ImmutableArray<TokenDate> dates, out T value);

    /// <summary>The facts of the narrative from <paramref name="start"/> to <paramref name="end"/> of <paramref name="source"/>.</summary>
    public static NarrativeFacts Read(ReadOnlySpan<char> source, int start, int end)
    {
        var text = source[..end];
        int[] hyphens = ArrayPool<int>.Shared.Rent(Math.Max(1, (end - start) / 2));
        try
        {
            using var dated = DateWindows(text, start, hyphens, out int hyphenCount);
            var breaks = hyphens.AsSpan(0, hyphenCount);
            var dates = NarrativeDates.Find(text, dated);
            var ageAndSex = AgeAndSexReader.FirstAgeThenSex(new LexedText(text, dated)) ?? SexOnly(text, start);
            var window = default(Window);
            try
            {
                First(text, start, Terms, breaks, ref window, dates, ReadTerm, out (string Value, int Start, int End)? term);
                First(text, start, Injuries, breaks, ref window, dates, ReadInjury, out TokenDate? injury);
                First(text, start, DiagnosisLists, breaks, ref window, dates, ReadDiagnoses, out ImmutableArray<(int Start, int End)> diagnoses);
                return new NarrativeFacts(dates, term, ageAndSex, diagnoses.IsDefault ? [] : diagnoses, injury);
            }
            finally
            {
                window.Dispose();
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(hyphens);
        }
    }

    private static Reading ReadInjury(LexedText window, int token, bool whole, ImmutableArray<TokenDate> dates, out TokenDate? date)
    {
        date = DateOfInjuryReader.At(window, token, dates);
        return date is null ? Reading.None : Reading.Read;
    }

    private static Reading ReadTerm(LexedText window, int token, bool whole, ImmutableArray<TokenDate> dates, out (string Value, int Start, int End)? term)
    {
        term = PatientTermReader.TermAfterLead(window, token);
        return term is null ? Reading.None : Reading.Read;
    }

    private static Reading ReadDiagnoses(LexedText window, int token, bool whole, ImmutableArray<TokenDate> dates, out ImmutableArray<(int Start, int End)> diagnoses)
    {
        diagnoses = default;
        int first = DiagnosisReader.IntroductionEnd(window, token);
        if (first < 0)
        {
            return Reading.None;
        }

        // The sentence's end is read up to the first word after white space past its full stop.
        int stop = DiagnosisReader.SentenceEnd(window, first);
        if (!whole && !SpacedAfter(window, stop))
        {
            return Reading.NeedsMore;
        }

        diagnoses = DiagnosisReader.List(window, first, stop);
        return Reading.Read;
    }

    private static bool SpacedAfter(LexedText window, int index)
    {
        for (int k = window.Count - 1; k > index; k--)
        {
            if (window.Tokens[k].SpaceBefore)
            {
                return true;
            }
        }

        return false;
    }

    // "a female": read in the whole narrative's lex, as only a narrative that states no age needs it.
    private static AgeAndSex? SexOnly(ReadOnlySpan<char> text, int start)
    {
        using var tokens = WordLexer.Lex(text, start, text.Length);
        var narrative = new LexedText(text, tokens);
        using var anchors = NarrativeAnchors.Words.Find(narrative);
        return AgeAndSexReader.SexOnly(narrative, anchors);
    }

    // The lex of the windows around every number, month name and line-end hyphen, merged, in one
    // list; the line-end hyphens are kept in `hyphens`, as the other readers' windows start there too.
    private static TokenList DateWindows(ReadOnlySpan<char> text, int lower, int[] hyphens, out int hyphenCount)
    {
        var ranges = ArrayPool<(int Start, int End)>.Shared.Rent(Math.Max(1, ((text.Length - lower) / 2) + 1));
        try
        {
            int count = 0;
            int windowStart = -1;
            int windowEnd = -1;
            int windowPlace = -1; // the place windowEnd was worked out from
            int last = -1; // the window's last place
            var marks = new NumberMarks(text, lower, hyphens);
            int mark = marks.Next();
            int month = NextMonth(text, lower, lower);
            while (true)
            {
                int place = Math.Min(mark < 0 ? int.MaxValue : mark, month < 0 ? int.MaxValue : month);
                if (place == int.MaxValue)
                {
                    break;
                }

                if (place == mark)
                {
                    mark = marks.Next();
                }
                else
                {
                    month = NextMonth(text, lower, WordLexer.RunEnd(text, month));
                }

                // A place inside the window only moves its end, worked out when a place past it comes.
                if (windowEnd >= 0 && place < windowEnd)
                {
                    last = place;
                    continue;
                }

                if (windowEnd >= 0 && last > windowPlace)
                {
                    windowEnd = WordWindows.After(text, last, text.Length, DateContext);
                    windowPlace = last;
                    if (place < windowEnd)
                    {
                        last = place;
                        continue;
                    }
                }

                int before = WordWindows.Before(text, lower, place, DateContext);
                if (windowEnd >= 0 && before <= windowEnd)
                {
                    last = place;
                    continue;
                }

                if (windowEnd >= 0)
                {
                    ranges[count++] = (windowStart, windowEnd);
                }

                windowStart = before;
                windowEnd = WordWindows.After(text, place, text.Length, DateContext);
                windowPlace = last = place;
            }

            if (windowEnd >= 0 && last > windowPlace)
            {
                windowEnd = WordWindows.After(text, last, text.Length, DateContext);
            }

            if (windowEnd >= 0)
            {
                ranges[count++] = (windowStart, windowEnd);
            }

            hyphenCount = marks.Hyphens;
            return WordLexer.Lex(text, ranges.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<(int Start, int End)>.Shared.Return(ranges);
        }
    }

    private static int NextMonth(ReadOnlySpan<char> text, int lower, int from) =>
        WordWindows.NextWord(text, lower, from, MonthWords, static run => WordKeys.Month(WordKeys.Of(run)) > 0);

    // The first value `read` reads at an anchor of `search`, the places tried in order, each in
    // `window` if it reaches far enough past it, else in a new window twice as long until it does.
    private static bool First<T>(
        ReadOnlySpan<char> text, int lower, AnchorSearch search, ReadOnlySpan<int> hyphens, ref Window window, ImmutableArray<TokenDate> dates, AnchorReader<T> read, out T value)
    {
        value = default!;
        int lastTried = -1;
        int word = search.Next(text, lower, lower);
        int hyphen = 0;
        while (word >= 0 || hyphen < hyphens.Length)
        {
            int place;
            if (hyphen < hyphens.Length && (word < 0 || hyphens[hyphen] < word))
            {
                place = hyphens[hyphen++];
            }
            else
            {
                place = word;
                word = search.Next(text, lower, WordLexer.RunEnd(text, word));
            }

            int token = window.Reaching(text, lower, place, search.Reach, search.Characters);
            if (token < 0 || window.Tokens.Tokens[token].Start == lastTried || window.Tokens.Tokens[token].Kind != TokenKind.Word)
            {
                continue;
            }

            lastTried = window.Tokens.Tokens[token].Start;
            var lexed = new LexedText(text, window.Tokens);
            if ((NarrativeAnchors.Words.RulesOf(lexed.Chars(token)) & search.Rule) == 0)
            {
                continue;
            }

            var reading = read(lexed, token, window.IsWhole(text), dates, out value);
            for (int characters = search.Characters * 2; reading == Reading.NeedsMore; characters *= 2)
            {
                token = window.Lex(text, lower, place, search.Reach, characters);
                reading = read(new LexedText(text, window.Tokens), token, window.IsWhole(text), dates, out value);
            }

            if (reading == Reading.Read)
            {
                return true;
            }
        }

        value = default!;
        return false;
    }

    // A lexed part of the narrative the readers of first values share while it reaches far enough.
    // A struct the reader holds, not an object per narrative; nothing is read from it before its first Lex.
    private struct Window
    {
        private TokenList? _tokens;
        private int _start;
        private int _end;

        public readonly TokenList Tokens => _tokens!;

        public readonly bool IsWhole(ReadOnlySpan<char> text) => _end == text.Length;

        // The index of the token at `place` in a window that holds `reach` tokens past it, or -1
        // where no word is: this window, or a new one of `characters` past the place or more.
        public int Reaching(ReadOnlySpan<char> text, int lower, int place, int reach, int characters)
        {
            if (_tokens is not null && place >= _start && place < _end)
            {
                int token = WordWindows.TokenAt(_tokens.Tokens, place);
                if (token < 0 || IsWhole(text) || token + reach < _tokens.Count)
                {
                    return token;
                }
            }

            return Lex(text, lower, place, reach, characters);
        }

        // Lexes from the place's group to `characters` past it, twice as far until `reach` tokens past it are held.
        public int Lex(ReadOnlySpan<char> text, int lower, int place, int reach, int characters)
        {
            _start = WordWindows.Before(text, lower, place, 0);
            while (true)
            {
                _tokens?.Dispose();
                _end = place + characters >= text.Length ? text.Length : WordWindows.After(text, place + characters, text.Length, 0);
                _tokens = WordLexer.Lex(text, [(_start, _end)]);
                int token = WordWindows.TokenAt(_tokens.Tokens, place);
                if (token < 0 || IsWhole(text) || token + reach < _tokens.Count)
                {
                    return token;
                }

                characters *= 2;
            }
        }

        public readonly void Dispose() => _tokens?.Dispose();
    }

    /// <summary>
    /// The starts of the runs of ASCII digits and the line-end hyphens of a text from a lower bound
    /// on, in order, from masks of 32 characters at a time: one pass, where a search restarted past
    /// every number and hyphen paid its setup a few dozen characters apart.
    /// </summary>
    internal ref struct NumberMarks
    {
        private const int Block = 32;
        private readonly ReadOnlySpan<char> _text;
        private readonly int[] _hyphens;
        private int _block;
        private int _next;
        private uint _starts;
        private uint _dashes;
        private bool _digitBefore;

        /// <summary>Reads <paramref name="text"/> from <paramref name="lower"/> on, keeping its line-end hyphens in <paramref name="hyphens"/>, which holds as many as half its characters.</summary>
        public NumberMarks(ReadOnlySpan<char> text, int lower, int[] hyphens)
        {
            _text = text;
            _hyphens = hyphens;
            _block = _next = lower;
        }

        /// <summary>How many line-end hyphens were kept.</summary>
        public int Hyphens { get; private set; }

        /// <summary>The next number's start or line-end hyphen, or -1 at the text's end.</summary>
        public int Next()
        {
            while (true)
            {
                uint marks = _starts | _dashes;
                if (marks == 0)
                {
                    if (_next >= _text.Length)
                    {
                        return -1;
                    }

                    Load();
                    continue;
                }

                uint lowest = marks & (0u - marks);
                int at = _block + BitOperations.TrailingZeroCount(marks);
                _starts &= ~lowest;
                if ((_dashes & lowest) == 0)
                {
                    return at;
                }

                _dashes &= ~lowest;
                if (TextNormalizer.IsLineEndHyphen(_text, at, out _))
                {
                    _hyphens[Hyphens++] = at;
                    return at;
                }
            }
        }

        private void Load()
        {
            _block = _next;
            int length = Math.Min(Block, _text.Length - _block);
            uint digits = 0;
            uint dashes = 0;
            if (Vector256.IsHardwareAccelerated && length == Block)
            {
                var chars = MemoryMarshal.Cast<char, ushort>(_text.Slice(_block, Block));
                var low = Vector256.Create(chars);
                var high = Vector256.Create(chars[16..]);
                var zero = Vector256.Create((ushort)'0');
                var ten = Vector256.Create((ushort)10);
                var dash = Vector256.Create((ushort)'-');

                // Compared as whole characters, only the all-ones or zero results narrowed: a
                // character past ASCII never passes for a digit or a hyphen.
                digits = Vector256.Narrow(Vector256.LessThan(low - zero, ten), Vector256.LessThan(high - zero, ten)).ExtractMostSignificantBits();
                dashes = Vector256.Narrow(Vector256.Equals(low, dash), Vector256.Equals(high, dash)).ExtractMostSignificantBits();
            }
            else
            {
                for (int k = 0; k < length; k++)
                {
                    char c = _text[_block + k];
                    digits |= char.IsAsciiDigit(c) ? 1u << k : 0;
                    dashes |= c == '-' ? 1u << k : 0;
                }
            }

            _starts = digits & ~((digits << 1) | (_digitBefore ? 1u : 0));
            _dashes = dashes;
            _digitBefore = ((digits >> (length - 1)) & 1) != 0;
            _next = _block + length;
        }
    }

    // The anchor words of one rule, searched for in the source at once.
    private sealed class AnchorSearch(int rule, int reach, int characters)
    {
        private readonly SearchValues<string> _words = SearchValues.Create(
            [.. NarrativeAnchors.Words.Words.Where(word => (NarrativeAnchors.Words.RulesOf(word) & rule) != 0)],
            StringComparison.OrdinalIgnoreCase);

        private readonly WordWindows.WordTest _isWord = run => (NarrativeAnchors.Words.RulesOf(run) & rule) != 0;

        public int Rule { get; } = rule;

        // The tokens its rule reads past an anchor at most, and the characters first lexed past one.
        public int Reach { get; } = reach;

        public int Characters { get; } = characters;

        // The next anchor word of the rule at or after `from`, or -1.
        public int Next(ReadOnlySpan<char> text, int lower, int from) =>
            WordWindows.NextWord(text, lower, from, _words, _isWord);
    }
}
