using ImrParsing.Parsers;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>The rule that classified a request and the words it matched.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Range">Where its phrase is, relative to the classified text.</param>
internal readonly record struct ServiceMatch(ServiceRule Rule, OffsetRange Range);
