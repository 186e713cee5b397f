using System.Buffers;
using System.Globalization;
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

        ArraySegment<byte>? read;
        byte[]? rented = null;
        long? size = null;
        try
        {
            read = input.Path is null ? ReadAll(openStandardInput()) : ReadFile(input.Path, out size, out rented);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(input, $"Could not read the input: {exception.Message}");
        }

        if (read is not { } bytes)
        {
            return TooLarge(input, size);
        }

        PdfText? pages = null;
        string text;
        try
        {
            if (ImrPdf.IsPdf(bytes))
            {
                try
                {
                    pages = ImrPdf.ExtractPages(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false));
                }
                catch (InvalidDataException exception)
                {
                    return Failed(input, exception.Message);
                }

                text = pages.Text;
            }
            else
            {
                text = TextDecoding.Decode(bytes);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        return ImrDocument.TryParse(text, out var document, out var error)
            ? new Letter(input.Source, document, pages, null)
            : new Letter(input.Source, null, null, new LetterError(error.Message, error.Line, error.Column));
    }

    private static Letter Failed(LetterInput input, string message) => new(input.Source, null, null, new LetterError(message, 0, 0));

    // More than four bytes per character the parser accepts is too many characters in any Unicode
    // encoding: such an input is refused unread, since reading gigabytes would run out of memory.
    private static long MaxBytes => 4L * ImrParser.Default.Options.MaxInputLength;

    // `bytes` is null where the input's size is not known (standard input, a file that reports none).
    private static Letter TooLarge(LetterInput input, long? bytes)
    {
        long limit = ImrParser.Default.Options.MaxInputLength;
        string found = bytes is { } size
            ? string.Create(CultureInfo.InvariantCulture, $"a file of {size:N0} bytes")
            : string.Create(CultureInfo.InvariantCulture, $"more than {MaxBytes:N0} bytes");
        return new Letter(input.Source, null, null, new LetterError(
            string.Create(CultureInfo.InvariantCulture, $"Expected at most {limit:N0} characters (ImrParserOptions.MaxInputLength) at 1:1, found {found}."), 1, 1));
    }

    // One open file for the size check and the read (File.ReadAllBytes after a FileInfo resolves
    // and checks the path twice); null when the file is too large, with its size where it reports
    // one. A file that reports no length (procfs) is read to its end, up to the limit. The bytes
    // are only decoded or extracted, then dropped: they go into `rented`, from the shared pool.
    private static ArraySegment<byte>? ReadFile(string path, out long? size, out byte[]? rented)
    {
        rented = null;
        using var handle = File.OpenHandle(path);
        long length = RandomAccess.GetLength(handle);
        size = length > 0 ? length : null;
        if (length > MaxBytes || length > Array.MaxLength)
        {
            return null;
        }

        if (length == 0)
        {
            return ReadAll(new FileStream(handle, FileAccess.Read, bufferSize: 0));
        }

        rented = ArrayPool<byte>.Shared.Rent((int)length);
        int read = 0;
        while (read < length && RandomAccess.Read(handle, rented.AsSpan(read, (int)length - read), read) is int chunk and > 0)
        {
            read += chunk;
        }

        return new ArraySegment<byte>(rented, 0, read);
    }

    // Standard input has no length to check first: read it up to the limit, null past it.
    private static ArraySegment<byte>? ReadAll(Stream stream)
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
