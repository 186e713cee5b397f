using System.Buffers;
using System.Collections.Immutable;
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
/// Reads a narrative where its readers can start, and lexes only there: vectorized searches over
/// the source find the numbers, the month names and the readers' anchor words (from their own
/// phrase lists, <see cref="NarrativeAnchors"/>), and the line-end hyphens that may join a word
/// into one of them; a window of words around each is lexed (<see cref="WordWindows"/>), so the
/// readers see the tokens a lex of the whole narrative gives there. The dates and the age are read
/// in one lex of all their windows; the patient term, the date of injury and the diagnoses, each
/// the first its rule finds, window by window in order until one is read.
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
            var breaks = hyphens.AsSpan(0, LineEndHyphens(text, start, hyphens));
            using var dated = DateWindows(text, start, breaks);
            var dates = NarrativeDates.Find(text, dated);
            var ageAndSex = AgeAndSexReader.FirstAgeThenSex(new LexedText(text, dated)) ?? SexOnly(text, start);
            using var window = new Window();
            First(text, start, Terms, breaks, window, dates, ReadTerm, out (string Value, int Start, int End)? term);
            First(text, start, Injuries, breaks, window, dates, ReadInjury, out TokenDate? injury);
            First(text, start, DiagnosisLists, breaks, window, dates, ReadDiagnoses, out ImmutableArray<(int Start, int End)> diagnoses);
            return new NarrativeFacts(dates, term, ageAndSex, diagnoses.IsDefault ? [] : diagnoses, injury);
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

    // The positions of the hyphens that end a line, where the lexer may join two parts into a word.
    private static int LineEndHyphens(ReadOnlySpan<char> text, int start, int[] found)
    {
        int count = 0;
        for (int from = start; from < text.Length && count < found.Length;)
        {
            int at = text[from..].IndexOf('-');
            if (at < 0)
            {
                break;
            }

            at += from;
            if (TextNormalizer.IsLineEndHyphen(text, at, out _))
            {
                found[count++] = at;
            }

            from = at + 1;
        }

        return count;
    }

    // The lex of the windows around every number, month name and line-end hyphen, merged, in one list.
    private static TokenList DateWindows(ReadOnlySpan<char> text, int lower, ReadOnlySpan<int> hyphens)
    {
        var ranges = ArrayPool<(int Start, int End)>.Shared.Rent(Math.Max(1, ((text.Length - lower) / 2) + 1));
        try
        {
            int count = 0;
            int windowStart = -1;
            int windowEnd = -1;
            int windowPlace = -1; // the place windowEnd was worked out from
            int last = -1; // the window's last place
            int digits = NextDigits(text, lower);
            int month = NextMonth(text, lower, lower);
            int hyphen = 0;
            while (true)
            {
                int place = Math.Min(Math.Min(digits < 0 ? int.MaxValue : digits, month < 0 ? int.MaxValue : month), hyphen < hyphens.Length ? hyphens[hyphen] : int.MaxValue);
                if (place == int.MaxValue)
                {
                    break;
                }

                if (place == digits)
                {
                    int run = text[digits..].IndexOfAnyExceptInRange('0', '9');
                    digits = run < 0 ? -1 : NextDigits(text, digits + run);
                }
                else if (place == month)
                {
                    month = NextMonth(text, lower, WordLexer.RunEnd(text, month));
                }
                else
                {
                    hyphen++;
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

            return WordLexer.Lex(text, ranges.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<(int Start, int End)>.Shared.Return(ranges);
        }
    }

    private static int NextDigits(ReadOnlySpan<char> text, int from) =>
        text[from..].IndexOfAnyInRange('0', '9') is int at and >= 0 ? from + at : -1;

    private static int NextMonth(ReadOnlySpan<char> text, int lower, int from) =>
        WordWindows.NextWord(text, lower, from, MonthWords, static run => WordKeys.Month(WordKeys.Of(run)) > 0);

    // The first value `read` reads at an anchor of `search`, the places tried in order, each in
    // `window` if it reaches far enough past it, else in a new window twice as long until it does.
    private static bool First<T>(
        ReadOnlySpan<char> text, int lower, AnchorSearch search, ReadOnlySpan<int> hyphens, Window window, ImmutableArray<TokenDate> dates, AnchorReader<T> read, out T value)
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
    private sealed class Window : IDisposable
    {
        private TokenList? _tokens;
        private int _start = -1;
        private int _end = -1;

        public TokenList Tokens => _tokens!;

        public bool IsWhole(ReadOnlySpan<char> text) => _end == text.Length;

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

        public void Dispose() => _tokens?.Dispose();
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
