using ImrParsing.Syntax;

namespace ImrParsing.Tokenizing;

/// <summary>A word that states an item's decision at the end of its request line ("...: Upheld").</summary>
/// <param name="Word">The word, matched ignoring ASCII case; a single word of letters.</param>
/// <param name="Decision">What the word means.</param>
public sealed record DecisionWord(string Word, Decision Decision);
