using System.Collections.Immutable;
using ImrParsing.Text;

namespace ImrParsing.Annotation;

/// <summary>A letter with values replaced, and where each replacement is.</summary>
/// <param name="Text">The letter with the values replaced.</param>
/// <param name="Redactions">Each replacement, in order: its kind, where it was in the letter and where its placeholder is in <paramref name="Text"/>.</param>
public sealed record RedactedText(string Text, ImmutableArray<Redaction> Redactions);

/// <summary>One replaced stretch of the letter.</summary>
/// <param name="Kind">The kind of value it held (the outermost, where several overlapped).</param>
/// <param name="Source">Where it was in the letter.</param>
/// <param name="Start">Where its placeholder starts in the redacted text.</param>
/// <param name="Length">The placeholder's length.</param>
public sealed record Redaction(FieldKind Kind, TextSpan Source, int Start, int Length);
