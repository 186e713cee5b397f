using ImrParsing.Text;

namespace ImrParsing.Diagnostics;

/// <summary>Something the parser noticed about the letter, with a stable code and where it is.</summary>
/// <param name="Code">A stable identifier ("IMR5003"); see docs/diagnostics.md.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What was expected and what was found, with at most a short excerpt of the letter.</param>
/// <param name="Span">Where in the input.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, TextSpan Span)
{
    /// <inheritdoc />
    public override string ToString() => $"{Span.Line}:{Span.Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
