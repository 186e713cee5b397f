using System.Globalization;
using ImrParsing.Text;

namespace ImrParsing.Diagnostics;

/// <summary>One kind of diagnostic: its code, severity and message template.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Title">A short name for the kind.</param>
/// <param name="Severity">The severity its diagnostics have.</param>
/// <param name="MessageFormat">A composite format string for the message.</param>
public sealed record DiagnosticDescriptor(string Code, string Title, DiagnosticSeverity Severity, string MessageFormat)
{
    /// <summary>A diagnostic of this kind at <paramref name="span"/>.</summary>
    public Diagnostic Create(TextSpan span, params object?[] arguments) =>
        new(Code, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments), span);
}
