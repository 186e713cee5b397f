using System.Buffers;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A citation's title, read up to where what follows it begins (a space and a year: "Low Back
/// Complaints 2004"; " Guidelines": "Chronic Pain Treatment Guidelines"), within
/// <see cref="CitationGrammar.MaxTitleLength"/> characters and before any barrier character: what
/// <c>PidginTextParsers.UpTo(stop, barriers, maxLength)</c> reads, not empty, with the stop checked in
/// place at the white space it begins with. Chained citations' starts are tried at every comma of a
/// section list, so this runs thousands of times a corpus pass.
/// </summary>
internal sealed class TitleReader : Parser<char, OffsetRange>
{
    private readonly bool _beforeYear;
    private readonly SearchValues<char> _candidates;
    private readonly SearchValues<char> _barriers;

    private TitleReader(bool beforeYear, string barriers)
    {
        _beforeYear = beforeYear;
        _candidates = SearchValues.Create((beforeYear ? " " : CharSets.AnySpaceChars) + barriers);
        _barriers = SearchValues.Create(barriers);
    }

    /// <summary>A title followed by a space and a year (<see cref="PidginCitationGrammar.Year"/>), which is left for the next rule.</summary>
    public static TitleReader BeforeYear(string barriers) => new TitleReader(beforeYear: true, barriers);

    /// <summary>A title followed by " Guidelines" (any white space before the word), which is left for the next rule.</summary>
    public static TitleReader BeforeGuidelines(string barriers) => new TitleReader(beforeYear: false, barriers);

    public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out OffsetRange result)
    {
        int start = (int)state.Location;
        int length = Length(state.LookAhead(int.MaxValue));
        if (length > 0)
        {
            state.Advance(length);
            result = new OffsetRange(start, start + length);
            return true;
        }

        result = default;
        expecteds.Add(new Expected<char>("a title"));
        state.SetError(state.HasCurrent ? Maybe.Just(state.Current) : Maybe.Nothing<char>(), !state.HasCurrent, state.Location, null);
        return false;
    }

    /// <summary>The length of the title <paramref name="text"/> starts with, or -1 where it starts with none.</summary>
    public int Length(ReadOnlySpan<char> text)
    {
        int available = Math.Min(text.Length, CitationGrammar.MaxTitleLength);
        int at = 0;
        while (true)
        {
            int found = text[at..available].IndexOfAny(_candidates);
            at = found < 0 ? available : at + found;
            if (at < text.Length && StopsAt(text, at))
            {
                return at == 0 ? -1 : at;
            }

            if (at == available || _barriers.Contains(text[at]))
            {
                return -1;
            }

            at++;
        }
    }

    private bool StopsAt(ReadOnlySpan<char> text, int at) =>
        _beforeYear ? text[at] == ' ' && IsYear(text, at + 1) : Phrase.MatchLength(text[at..], " Guidelines") >= 0;

    /// <summary>True where four ASCII digits from 1900 to 2099, a whole word, start at <paramref name="at"/>, as <see cref="PidginCitationGrammar.Year"/> reads them.</summary>
    internal static bool IsYear(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        if (TextParsers.AsciiDigitsLength(rest) != 4 || !(rest.StartsWith("19") || rest.StartsWith("20")))
        {
            return false;
        }

        return rest.Length == 4 || !char.IsLetterOrDigit(rest[4]);
    }
}
