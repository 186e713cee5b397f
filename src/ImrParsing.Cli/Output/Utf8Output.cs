using System.Buffers;
using System.Text;

namespace ImrParsing.Cli.Output;

/// <summary>
/// Standard output for UTF-8 that is already encoded: under a UTF-8 <see cref="StreamWriter"/> (the
/// process's console) the bytes go straight to its stream, after whatever text it holds; any other
/// writer (a test's) gets them decoded.
/// </summary>
internal sealed class Utf8Output(TextWriter writer)
{
    private readonly Stream? _stream = writer is StreamWriter { Encoding: UTF8Encoding } streamWriter ? streamWriter.BaseStream : null;

    /// <summary>Writes <paramref name="utf8"/>.</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        if (_stream is not null)
        {
            writer.Flush();
            _stream.Write(utf8);
            return;
        }

        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxCharCount(utf8.Length)));
        try
        {
            writer.Write(chars, 0, Encoding.UTF8.GetChars(utf8, chars));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Writes <paramref name="text"/>.</summary>
    public void Write(string text) => writer.Write(text);

    /// <summary>Sends what was written on.</summary>
    public void Flush() => writer.Flush();
}
