using System.Buffers;
using System.Text;

namespace ImrParsing.Cli.Output;

/// <summary>
/// A letter's output as UTF-8, made on a worker thread and written as it is: in a buffer rented
/// from the shared pool until <see cref="Return"/>, so that a batch neither allocates a string per
/// letter nor encodes it again on the one thread that writes in order.
/// </summary>
internal readonly struct RenderedText
{
    private readonly byte[] _buffer;
    private readonly int _length;

    private RenderedText(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The bytes.</summary>
    public ReadOnlySpan<byte> Utf8 => _buffer.AsSpan(0, _length);

    /// <summary>A copy of <paramref name="utf8"/> in a rented buffer.</summary>
    public static RenderedText Copy(ReadOnlySpan<byte> utf8)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, utf8.Length));
        utf8.CopyTo(buffer);
        return new RenderedText(buffer, utf8.Length);
    }

    /// <summary><paramref name="text"/> encoded in a rented buffer.</summary>
    public static RenderedText Encode(string text)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(text.Length)));
        return new RenderedText(buffer, Encoding.UTF8.GetBytes(text, buffer));
    }

    /// <summary>Gives the buffer back to the pool; the bytes are not to be read after this.</summary>
    public void Return()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }
}
