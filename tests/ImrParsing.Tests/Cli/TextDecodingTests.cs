using System.Text;
using CsCheck;
using ImrParsing.Cli.Inputs;

namespace ImrParsing.Tests.Cli;

public sealed class TextDecodingTests
{
    public static TheoryData<string, byte[]> Texts => new()
    {
        { "UTF-8 without a mark", Encoding.UTF8.GetBytes("Case Number: CM16-0000001 – Décision") },
        { "UTF-8 with its mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Décision")] },
        { "UTF-16 LE", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Décision")] },
        { "UTF-16 BE", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Décision")] },
        { "UTF-32 LE", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes("Décision")] },
        { "UTF-32 BE", [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes("Décision")] },
        { "invalid UTF-8", [0x41, 0xC3, 0x28, 0xFF, 0x42] },
        { "a UTF-16 mark and an odd byte", [0xFF, 0xFE, 0x41] },
        { "only a mark", [0xEF, 0xBB, 0xBF] },
        { "nothing", [] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Decodes_as_a_stream_reader_that_detects_byte_order_marks(string what, byte[] bytes)
    {
        TextDecoding.Decode(bytes).ShouldBe(ReadAsFileReadAllTextDoes(bytes), what);
    }

    [Fact]
    public void Decodes_any_bytes_as_a_stream_reader_does()
    {
        byte[][] marks = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF]];
        Gen.Select(Gen.Int[0, marks.Length - 1], Gen.Byte.Array[0, 64])
            .Select((mark, rest) => (byte[])[.. marks[mark], .. rest])
            .Sample(bytes => TextDecoding.Decode(bytes) == ReadAsFileReadAllTextDoes(bytes), iter: 5_000);
    }

    private static string ReadAsFileReadAllTextDoes(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
