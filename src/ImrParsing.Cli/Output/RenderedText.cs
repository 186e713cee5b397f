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
        var copy = Create(utf8.Length, out var bytes);
        utf8.CopyTo(bytes);
        return copy;
    }

    /// <summary><paramref name="length"/> bytes in a rented buffer, for the caller to fill (<paramref name="bytes"/>).</summary>
    public static RenderedText Create(int length, out Span<byte> bytes)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        bytes = buffer.AsSpan(0, length);
        return new RenderedText(buffer, length);
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
