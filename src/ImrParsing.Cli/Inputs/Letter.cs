using ImrParsing.Pdf;

namespace ImrParsing.Cli.Inputs;

/// <summary>An input, read: its document (and, for a PDF, its pages) or why it failed.</summary>
/// <param name="Source">The input's name in the output.</param>
/// <param name="Document">The parsed letter, or null when the input failed.</param>
/// <param name="Pages">The PDF's text with where each page starts, or null for a text input.</param>
/// <param name="Error">Why the input failed, or null.</param>
internal sealed record Letter(string Source, ImrDocument? Document, PdfText? Pages, LetterError? Error)
{
    /// <summary>True when the input failed.</summary>
    public bool Failed => Error is not null;
}

/// <summary>Why an input failed; line and column are 0 when it could not be read at all.</summary>
/// <param name="Message">What went wrong.</param>
/// <param name="Line">The 1-based line of a parse error, or 0.</param>
/// <param name="Column">The 1-based column of a parse error, or 0.</param>
internal sealed record LetterError(string Message, int Line, int Column)
{
    /// <summary>The line for standard error: <c>imr: SOURCE:LINE:COLUMN: MESSAGE</c>.</summary>
    public string Describe(string source) =>
        Line > 0 ? $"imr: {source}:{Line}:{Column}: {Message}" : $"imr: {source}: {char.ToLowerInvariant(Message[0])}{Message[1..]}";
}
