using System.Globalization;
using System.Text;
using ImrParsing.Pdf;

namespace ImrParsing.Cli.Inputs;

/// <summary>
/// Reads one input, text or PDF (told apart by the file's first bytes, not its name), and parses
/// it. Never throws for a bad input: every failure becomes a <see cref="LetterError"/>.
/// </summary>
/// <param name="openStandardInput">Opens standard input, read whole the one time "-" is asked for.</param>
internal sealed class LetterReader(Func<Stream> openStandardInput)
{
    public Letter Read(LetterInput input)
    {
        try
        {
            return ReadOrThrow(input);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug, not a bad input: still reported for this input alone, so the batch carries on.
            return Failed(input, $"Unexpected error ({exception.GetType().Name}): {exception.Message}");
        }
    }

    private Letter ReadOrThrow(LetterInput input)
    {
        if (input.Problem is not null)
        {
            return Failed(input, input.Problem);
        }

        if (input.Path is not null && new FileInfo(input.Path) is { Exists: true } file && file.Length > MaxBytes)
        {
            return TooLarge(input, file.Length);
        }

        byte[]? bytes;
        try
        {
            bytes = input.Path is null ? ReadAll(openStandardInput()) : File.ReadAllBytes(input.Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(input, $"Could not read the input: {exception.Message}");
        }

        if (bytes is null)
        {
            return TooLarge(input, MaxBytes + 1);
        }

        PdfText? pages = null;
        string text;
        if (ImrPdf.IsPdf(bytes))
        {
            try
            {
                pages = ImrPdf.ExtractPages(new MemoryStream(bytes, writable: false));
            }
            catch (InvalidDataException exception)
            {
                return Failed(input, exception.Message);
            }

            text = pages.Text;
        }
        else
        {
            // As File.ReadAllText reads: UTF-8 unless a byte order mark says otherwise.
            using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }

        return ImrDocument.TryParse(text, out var document, out var error)
            ? new Letter(input.Source, document, pages, null)
            : new Letter(input.Source, null, null, new LetterError(error.Message, error.Line, error.Column));
    }

    private static Letter Failed(LetterInput input, string message) => new(input.Source, null, null, new LetterError(message, 0, 0));

    // More than four bytes per character the parser accepts is too many characters in any Unicode
    // encoding: such an input is refused unread, since reading gigabytes would run out of memory.
    private static long MaxBytes => 4L * ImrParser.Default.Options.MaxInputLength;

    private static Letter TooLarge(LetterInput input, long bytes)
    {
        long limit = ImrParser.Default.Options.MaxInputLength;
        string found = input.Path is null
            ? string.Create(CultureInfo.InvariantCulture, $"more than {MaxBytes:N0} bytes")
            : string.Create(CultureInfo.InvariantCulture, $"a file of {bytes:N0} bytes");
        return new Letter(input.Source, null, null, new LetterError(
            string.Create(CultureInfo.InvariantCulture, $"Expected at most {limit:N0} characters (ImrParserOptions.MaxInputLength) at 1:1, found {found}."), 1, 1));
    }

    // Standard input has no length to check first: read it up to the limit, null past it.
    private static byte[]? ReadAll(Stream stream)
    {
        using (stream)
        {
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
