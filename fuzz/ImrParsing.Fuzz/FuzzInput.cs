using System.Runtime.InteropServices;
using System.Text;

namespace ImrParsing.Fuzz;

/// <summary>Turns the fuzzer's bytes into the text the parser is given.</summary>
public static class FuzzInput
{
    /// <summary>
    /// UTF-8, as letters are stored; but bytes that start with a UTF-16 little-endian byte order
    /// mark are taken as raw UTF-16 code units, so that the fuzzer can also reach lone surrogates
    /// and any other code unit, which decoding UTF-8 never produces.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            var units = bytes[2..];
            return new string(MemoryMarshal.Cast<byte, char>(units[..(units.Length & ~1)]));
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Reads the whole stream and decodes it.</summary>
    public static string Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
