using System.Buffers;
using Pidgin;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// A run of ASCII digits ("2016"), as text. Numbers in the letters are written in ASCII; digits
    /// of other scripts are not read as numbers (the library's numbers are parsed as invariant
    /// ASCII). Read in one vectorized search, where Pidgin's <c>Digit.AtLeastOnceString()</c> calls
    /// a parser and grows a list per digit: digit runs are tried at every number of every text.
    /// </summary>
    public static Parser<char, string> Digits { get; } =
        new RunParser<string>(AsciiDigitsLength, static run => new string(run), AsciiDigitChars, "digits");

    /// <summary>A run of letters (<see cref="char.IsLetter(char)"/>), as text.</summary>
    public static Parser<char, string> Letters { get; } =
        new RunParser<string>(LettersLength, static run => new string(run), null, "a word");

    internal const string AsciiDigitChars = "0123456789";

    /// <summary>How many ASCII digits <paramref name="text"/> starts with.</summary>
    internal static int AsciiDigitsLength(ReadOnlySpan<char> text)
    {
        int length = text.IndexOfAnyExceptInRange('0', '9');
        return length < 0 ? text.Length : length;
    }

    /// <summary>How many letters (<see cref="char.IsLetter(char)"/>) <paramref name="text"/> starts with.</summary>
    internal static int LettersLength(ReadOnlySpan<char> text)
    {
        int length = 0;
        while (length < text.Length && char.IsLetter(text[length]))
        {
            length++;
        }

        return length;
    }

    internal delegate T RunValue<T>(ReadOnlySpan<char> run);

    // At least one character of a kind, as long a run as there is; consumes nothing when it fails.
    internal sealed class RunParser<T>(Func<ReadOnlySpan<char>, int> measure, RunValue<T> value, string? firstChars, string label)
        : Parser<char, T>, IFirstChars, IFailsCleanly
    {
        private readonly Expected<char> _expected = new(label);

        public string? FirstChars => firstChars;

        public SearchValues<char> FirstCharSet { get; } = SearchValues.Create(firstChars ?? "");

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out T result)
        {
            var rest = state.LookAhead(int.MaxValue);
            int length = measure(rest);
            if (length == 0)
            {
                Fail(ref state, ref expecteds, _expected);
                result = default!;
                return false;
            }

            result = value(rest[..length]);
            state.Advance(length);
            return true;
        }
    }
}
