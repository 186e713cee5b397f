using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ImrParsing.Cli.Inputs;
using ImrParsing.Json;

namespace ImrParsing.Cli.Output;

/// <summary>
/// JSON: each letter is an object with <c>"source"</c> first, then, for a PDF, <c>"pageStarts"</c>
/// (where each page starts in the text that spans point into), then the document's properties; or
/// <c>{"source", "error": {"message", "line", "column"}}</c>. <c>jsonl</c> writes one compact
/// object a line; <c>json</c> one indented object, or an indented array for several inputs.
/// </summary>
/// <param name="lines">True for jsonl.</param>
/// <param name="array">True to write an array (json with several inputs).</param>
internal sealed class JsonFormat(bool lines, bool array) : ILetterFormat
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // Each worker thread renders into buffers of its own that keep their size from letter to
    // letter, instead of growing two fresh buffers by doubling for every letter.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_letter;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_document;

    private bool _any;

    public RenderedText Render(Letter letter)
    {
        var options = new JsonWriterOptions { Indented = !lines, NewLine = "\n", Encoder = Encoder };
        var buffer = Reset(ref t_letter);
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WriteString("source", letter.Source);
            if (letter.Error is { } error)
            {
                writer.WriteStartObject("error");
                writer.WriteString("message", error.Message);
                writer.WriteNumber("line", error.Line);
                writer.WriteNumber("column", error.Column);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            else if (letter.Pages is { } pages)
            {
                writer.WriteStartArray("pageStarts");
                foreach (int start in pages.PageStarts)
                {
                    writer.WriteNumberValue(start);
                }

                writer.WriteEndArray();
            }
        }

        if (letter.Error is null)
        {
            AppendDocumentProperties(buffer, letter.Document!, options);
        }

        if (array)
        {
            return Indented(buffer.WrittenSpan);
        }

        buffer.Write("\n"u8);
        return RenderedText.Copy(buffer.WrittenSpan);
    }

    public void Begin(Utf8Output output)
    {
        if (array)
        {
            output.Write("[");
        }
    }

    public void Write(Utf8Output output, RenderedText rendered)
    {
        if (array)
        {
            output.Write(_any ? ",\n  "u8 : "\n  "u8);
            _any = true;
        }

        output.Write(rendered.Utf8);
    }

    public void End(Utf8Output output)
    {
        if (array)
        {
            output.Write(_any ? "\n]\n" : "]\n");
        }
    }

    // The document's own properties after those written so far, as if one writer had written
    // them all: the document is serialized with the same options, so its properties come out
    // indented as the outer object's; its opening brace gives way to the separator the writer
    // would put there, and its closing brace closes the outer object.
    private static void AppendDocumentProperties(ArrayBufferWriter<byte> buffer, ImrDocument document, JsonWriterOptions options)
    {
        var serialized = Reset(ref t_document);
        using (var documentWriter = new Utf8JsonWriter(serialized, options))
        {
            ImrJson.Serialize(documentWriter, document);
        }

        buffer.Write(","u8);
        buffer.Write(serialized.WrittenSpan[1..]);
    }

    // Inside the array each object is indented one level more: its lines are prefixed with two
    // spaces (line breaks inside JSON strings are escaped, so every '\n' is between tokens). Done
    // on the worker, so that the writing thread writes each letter at once.
    private static RenderedText Indented(ReadOnlySpan<byte> json)
    {
        var indented = RenderedText.Create(json.Length + (2 * json.Count((byte)'\n')), out var bytes);
        for (int end; (end = json.IndexOf((byte)'\n')) >= 0; json = json[(end + 1)..])
        {
            json[..(end + 1)].CopyTo(bytes);
            "  "u8.CopyTo(bytes[(end + 1)..]);
            bytes = bytes[(end + 3)..];
        }

        json.CopyTo(bytes);
        return indented;
    }

    private static ArrayBufferWriter<byte> Reset(ref ArrayBufferWriter<byte>? buffer)
    {
        buffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        return buffer;
    }
}
