using System.Globalization;
using Pidgin;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// A number as the letters write strengths and amounts: "7.5", "0.025", "106.32", "120". The
    /// fraction is read only when a digit follows the point ("1." stops before the point). Consumes
    /// nothing when it fails.
    /// </summary>
    internal static Parser<char, decimal> DecimalNumber { get; } = new DecimalNumberParser();

    private sealed class DecimalNumberParser : Parser<char, decimal>
    {
        private const int MaxLength = 12;

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out decimal result)
        {
            var rest = state.LookAhead(MaxLength + 2);
            int length = 0;
            while (length < rest.Length && char.IsAsciiDigit(rest[length]))
            {
                length++;
            }

            if (length > 0 && length + 1 < rest.Length && rest[length] == '.' && char.IsAsciiDigit(rest[length + 1]))
            {
                length += 2;
                while (length < rest.Length && char.IsAsciiDigit(rest[length]))
                {
                    length++;
                }
            }

            if (length == 0 || length > MaxLength)
            {
                result = default;
                Fail(ref state, ref expecteds, new Expected<char>("a number"));
                return false;
            }

            result = decimal.Parse(rest[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            state.Advance(length);
            return true;
        }
    }
}
