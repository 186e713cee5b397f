using ImrParsing.Diagnostics;
using ImrParsing.Json;
using ImrParsing.Tests.Infrastructure;
using ImrParsing.Text;

namespace ImrParsing.Tests.Reliability;

/// <summary>A parse that broke one of the promises <see cref="DocumentInvariants"/> checks.</summary>
public sealed class InvariantViolationException(string message) : Exception(message);

/// <summary>
/// What a parse must hold on any input, checked without a test framework so that the property
/// tests and the AFL++ target (fuzz/ImrParsing.Fuzz, which links this file and DocumentWalker.cs)
/// check the same things: the parser answers with a document or an <see cref="ImrParseError"/>,
/// never another exception; every value's span lies in the input and covers its text; the
/// sections tile the input; messages quote only short excerpts; no section's reader failed; the
/// same input gives the same JSON; and the JSON reads back to the same JSON.
/// </summary>
public static class DocumentInvariants
{
    /// <summary>
    /// The longest message allowed: a sentence of the parser's own plus a few excerpts, each at most
    /// <see cref="Excerpt.MaxLength"/> characters, which escaping can make six times longer.
    /// </summary>
    public const int MaxMessageLength = 200 + 3 * (Excerpt.MaxLength * 6 + 3);

    /// <summary>
    /// Parses <paramref name="text"/> with both entry points, checks every invariant and returns the
    /// document's JSON, or null when the text was refused; throws
    /// <see cref="InvariantViolationException"/> (or lets the parser's own unexpected exception out).
    /// </summary>
    public static string? Check(ImrParser parser, string text)
    {
        bool parsed = parser.TryParse(text, out var document, out var error);
        ImrDocument? again = null;
        ImrParseException? thrown = null;
        try
        {
            again = parser.Parse(text);
        }
        catch (ImrParseException exception)
        {
            thrown = exception;
        }

        if (!parsed)
        {
            Require(error is not null && document is null, "TryParse returned false without an error");
            Require(thrown is not null && thrown.Error == error, "Parse did not throw the error TryParse returned");
            CheckError(error!, text);
            return null;
        }

        Require(document is not null && error is null, "TryParse returned true without a document");
        Require(again is not null, "Parse threw where TryParse succeeded");
        CheckDocument(document!, text);
        string json = ImrJson.Serialize(document!);
        Require(ImrJson.Serialize(again!) == json, "the same input gave different JSON");
        Require(ImrJson.Serialize(ImrJson.Deserialize(json)) == json, "the JSON did not read back to the same JSON");
        return json;
    }

    /// <summary>
    /// Checks a document parsed from <paramref name="text"/>: its structure, and that no section's
    /// reader failed. The parser survives a reader that throws (<see cref="ImrDiagnostics.SectionReaderFailed"/>),
    /// but for the parser's own readers that is still a bug to find.
    /// </summary>
    public static void CheckDocument(ImrDocument document, string text)
    {
        CheckStructure(document, text);
        foreach (var diagnostic in document.Diagnostics)
        {
            Require(diagnostic.Code != ImrDiagnostics.SectionReaderFailed.Code, $"a section's reader failed: {diagnostic.Message}");
        }
    }

    /// <summary>
    /// Checks everything <see cref="CheckDocument"/> does except that no reader failed: for a document
    /// whose reader was made to fail on purpose.
    /// </summary>
    public static void CheckStructure(ImrDocument document, string text)
    {
        Require(document.Source?.Text == text, "the document's source is not the input");
        var source = document.Source!;
        var asRead = InputAsRead.Of(text, ReadableText.Of(text, out var moved), moved);
        var recordSections = new Dictionary<string, TextSpan>();
        foreach (var value in DocumentWalker.Values(document))
        {
            CheckSpan(value.Span, source, value.Path);
            CheckOneSection(document, value, recordSections);
            if (value.Text is not null)
            {
                Require(string.Equals(text.Substring(value.Span.Start, value.Span.Length), value.Text, StringComparison.Ordinal), $"{value.Path}: the text is not what its span covers");
                if (value.IsText && value.Value is string canonical)
                {
                    Require(canonical == TextNormalizer.Normalize(asRead is null ? text.AsSpan(value.Span.Start, value.Span.Length) : asRead.ReadableAt(value.Span)), $"{value.Path}: the value is not the canonical form of its text as the rules read it");
                }
            }
        }

        CheckSections(document, text);
        for (int i = 0; i < document.Items.Length; i++)
        {
            Require(document.Items[i].Number == i + 1, $"items[{i}] is numbered {document.Items[i].Number}");
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            Require(diagnostic.Message.Length <= MaxMessageLength, $"{diagnostic.Code}: a message of {diagnostic.Message.Length} characters quotes too much of the letter");
        }
    }

    /// <summary>Checks the error a text was refused with.</summary>
    public static void CheckError(ImrParseError error, string text)
    {
        Require(error.Offset >= 0 && error.Offset <= text.Length, $"the error's offset {error.Offset} is outside the input");
        var position = SourceText.From(text).GetLinePosition(error.Offset);
        Require(position == (error.Line, error.Column), $"the error says {error.Line}:{error.Column}, its offset is at {position.Line}:{position.Column}");
        Require(error.Message.Length <= MaxMessageLength, $"an error message of {error.Message.Length} characters quotes too much of the input");
        Require(error.Message.Contains(error.Found, StringComparison.Ordinal), "the error's message does not say what was found");
    }

    // The sections' full spans tile the input; each section's own span is its visible text, inside its full span.
    private static void CheckSections(ImrDocument document, string text)
    {
        Require(!document.Sections.IsEmpty, "a document without sections");
        int expected = 0;
        foreach (var section in document.Sections)
        {
            Require(section.FullSpan.Start == expected && section.FullSpan.Length > 0, $"section {section.Name}: its full span {section.FullSpan} does not start where the previous one ended ({expected})");
            Require(section.FullSpan.Contains(section.Span) && section.Span.Length > 0, $"section {section.Name}: its span {section.Span} is not inside its full span {section.FullSpan}");
            Require(!char.IsWhiteSpace(text[section.Span.Start]) && !char.IsWhiteSpace(text[section.Span.End - 1]), $"section {section.Name}: its span starts or ends with white space");
            expected = section.FullSpan.End;
        }

        Require(expected == text.Length, $"the sections end at {expected}, the input at {text.Length}");
    }

    // A record (the header, the reviewer, the case summary, each item) is read from one section:
    // all its values lie inside the full span of the section its first value is in.
    private static void CheckOneSection(ImrDocument document, FoundValue value, Dictionary<string, TextSpan> recordSections)
    {
        string? record = RecordOf(value.Path);
        if (record is null || value.Span.IsEmpty)
        {
            return;
        }

        if (!recordSections.TryGetValue(record, out var section))
        {
            section = document.Sections.FirstOrDefault(s => s.FullSpan.Contains(value.Span.Start))?.FullSpan ?? default;
            recordSections[record] = section;
        }

        Require(section.Contains(value.Span), $"{value.Path}: the span {value.Span} is outside the section {section} the rest of {record} comes from");
    }

    // "document.Items[3].Rationale.Text" -> "document.Items[3]"; "document.Header.CaseNumber" -> "document.Header".
    private static string? RecordOf(string path)
    {
        string[] parts = path.Split('.');
        if (parts.Length < 3)
        {
            return null;
        }

        return parts[1] switch
        {
            "Sections" or "Diagnostics" or "Unrecognized" => null,
            _ => $"{parts[0]}.{parts[1]}",
        };
    }

    private static void CheckSpan(TextSpan span, SourceText source, string path)
    {
        Require(span.Start >= 0 && span.Length >= 0 && span.End <= source.Length, $"{path}: the span {span} lies outside the input of {source.Length} characters");
        Require(source.GetLinePosition(span.Start) == (span.Line, span.Column), $"{path}: the span {span} has the wrong line or column");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }
}
