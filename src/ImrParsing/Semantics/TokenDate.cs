using ImrParsing.Lexing;
using ImrParsing.Parsers;

namespace ImrParsing.Semantics;

/// <summary>A date read from tokens: its value, how it was written, and where it is in the source (its first token's start to its last token's end).</summary>
internal readonly record struct TokenDate(DateOnly Date, DateForm Form, int Start, int End);
