using ImrParsing.Syntax;

namespace ImrParsing.Parsers;

/// <summary>
/// How a decision sentence of the older layouts states its verdict, after "is", "are", "was" or
/// "were": "not medically necessary" upholds the denial, "medically necessary" overturns it.
/// </summary>
/// <param name="Phrase">The words after the verb, matched ignoring ASCII case and with any white space where it has a space.</param>
/// <param name="Decision">What the phrase decides.</param>
public sealed record VerdictPhrase(string Phrase, Decision Decision)
{
    /// <summary>The phrase, checked: words that start and end with a visible character.</summary>
    public string Phrase { get; init; } = !string.IsNullOrWhiteSpace(Phrase) && Phrase.Trim() == Phrase
        ? Phrase
        : throw new ArgumentException("A verdict phrase needs words without space at either end.", nameof(Phrase));
}
