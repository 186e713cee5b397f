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

        byte[] bytes;
        try
        {
            bytes = input.Path is null ? ReadAll(openStandardInput()) : File.ReadAllBytes(input.Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(input, $"Could not read the input: {exception.Message}");
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

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}
