using System.Collections.Immutable;

namespace ImrParsing.Parsers;

/// <summary>The letter as the line grammar sees it: what comes before the first heading, then the sections.</summary>
/// <param name="Preamble">The lines before the first section heading (the header table, when there is one).</param>
/// <param name="Sections">The sections, in the order they appear.</param>
internal readonly record struct LetterSyntax(LineRange Preamble, ImmutableArray<SectionSyntax> Sections);

/// <summary>One section: its heading lines and its body lines.</summary>
/// <param name="Rule">Index of the heading's <see cref="Tokenizing.LineRule"/>.</param>
/// <param name="Heading">The heading's lines (two when an extractor split it).</param>
/// <param name="Body">The lines up to the next heading.</param>
internal readonly record struct SectionSyntax(int Rule, LineRange Heading, LineRange Body);
