using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ImrParsing.Json;

namespace ImrParsing.Cli;

/// <summary><c>imr parse</c>: parses each input and writes its document, or its error, as JSON.</summary>
internal static class ParseCommand
{
    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one indented document (an array for several inputs); jsonl: one compact object per line.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");

        var paths = new Argument<string[]>("PATH")
        {
            Description = "Letter text files; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("parse", "Parse IMR letters and print them as JSON.") { format, paths };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(format)!, input, output, error));
        return command;
    }

    private static int Run(string[] paths, string format, TextReader input, TextWriter output, TextWriter error)
    {
        bool lines = format == "jsonl";
        bool failed = false;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = !lines, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            bool array = !lines && paths.Length > 1;
            if (array)
            {
                writer.WriteStartArray();
            }

            foreach (string path in paths)
            {
                failed |= !WriteOne(writer, path, input, error);
                if (lines)
                {
                    writer.Flush();
                    stream.WriteByte((byte)'\n');
                    writer.Reset(stream);
                }
            }

            if (array)
            {
                writer.WriteEndArray();
            }
        }

        output.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        if (!lines)
        {
            output.WriteLine();
        }

        return failed ? ImrCommandLine.InputFailed : ImrCommandLine.Success;
    }

    // Writes {"source": path, ...document} or {"source": path, "error": {...}}; false when the input failed.
    private static bool WriteOne(Utf8JsonWriter writer, string path, TextReader input, TextWriter error)
    {
        writer.WriteStartObject();
        writer.WriteString("source", path);
        if (path != "-" && TooLarge(path) is { } tooLarge)
        {
            WriteError(writer, tooLarge, 1, 1);
            error.WriteLine($"imr: {path}:1:1: {tooLarge}");
            return false;
        }

        string text;
        try
        {
            text = path == "-" ? input.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            WriteError(writer, $"Could not read the input: {exception.Message}", 0, 0);
            error.WriteLine($"imr: {path}: could not read the input: {exception.Message}");
            return false;
        }

        if (!ImrDocument.TryParse(text, out var document, out var parseError))
        {
            WriteError(writer, parseError.Message, parseError.Line, parseError.Column);
            error.WriteLine($"imr: {path}:{parseError.Line}:{parseError.Column}: {parseError.Message}");
            return false;
        }

        using (var json = JsonDocument.Parse(ImrJson.Serialize(document)))
        {
            foreach (var property in json.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
        return true;

        // More than four bytes per character the parser accepts is too many characters in any Unicode
        // encoding: refused unread, since reading a file of gigabytes would run out of memory.
        static string? TooLarge(string path)
        {
            long limit = ImrParser.Default.Options.MaxInputLength;
            var file = new FileInfo(path);
            return file.Exists && file.Length > 4 * limit
                ? string.Create(CultureInfo.InvariantCulture, $"Expected at most {limit:N0} characters (ImrParserOptions.MaxInputLength) at 1:1, found a file of {file.Length:N0} bytes.")
                : null;
        }

        static void WriteError(Utf8JsonWriter writer, string message, int line, int column)
        {
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteNumber("line", line);
            writer.WriteNumber("column", column);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }
}
