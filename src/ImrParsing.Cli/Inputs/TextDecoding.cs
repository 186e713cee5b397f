using System.Text;

namespace ImrParsing.Cli.Inputs;

/// <summary>
/// Decodes a text file's bytes as <see cref="File.ReadAllText(string)"/> does: UTF-8 unless a
/// byte order mark says UTF-16 or UTF-32, invalid bytes replaced; in one call, without the
/// reader's buffers and the copies of its string builder.
/// </summary>
internal static class TextDecoding
{
    // The marks a StreamReader detects, longest first: UTF-32 LE's mark starts with UTF-16 LE's.
    private static readonly Encoding[] Marked =
    [
        new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
    ];

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        foreach (var encoding in Marked)
        {
            var mark = encoding.Preamble;
            if (bytes.StartsWith(mark))
            {
                return encoding.GetString(bytes[mark.Length..]);
            }
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
