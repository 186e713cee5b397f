namespace ImrParsing.Semantics;

/// <summary>The rule that classified a request and the words it matched.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Words">Where its phrase is in the classified source.</param>
internal readonly record struct ServiceMatch(ServiceRule Rule, SourceWords Words);
