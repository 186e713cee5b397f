using Pidgin;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>A run of ASCII digits, skipped (<see cref="TextParsers.Digits"/> without the text).</summary>
    internal static Parser<char, Unit> SkipDigits { get; } =
        new TextParsers.RunParser<Unit>(TextParsers.AsciiDigitsLength, static _ => Unit.Value, TextParsers.AsciiDigitChars, "digits");
}
