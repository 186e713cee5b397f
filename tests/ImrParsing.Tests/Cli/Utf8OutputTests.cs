using System.Text;
using ImrParsing.Cli.Output;

namespace ImrParsing.Tests.Cli;

public sealed class Utf8OutputTests
{
    [Fact]
    public void Bytes_and_text_reach_a_UTF8_stream_in_the_order_written()
    {
        var stream = new MemoryStream();
        var writer = new StreamWriter(stream, new UTF8Encoding(false), 16) { AutoFlush = false };
        var output = new Utf8Output(writer);

        output.Write("[");
        output.Write("{\"name\": \"Zoë\"}"u8);
        output.Write(",\n");
        output.Write("\"é\u2009–\""u8);
        output.Write("]");
        output.Flush();

        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe("[{\"name\": \"Zoë\"},\n\"é\u2009–\"]");
    }

    [Fact]
    public void Another_writer_gets_the_bytes_decoded()
    {
        var writer = new StringWriter();
        var output = new Utf8Output(writer);

        output.Write("a ");
        output.Write("ß – 😀"u8);
        output.Flush();

        writer.ToString().ShouldBe("a ß – 😀");
    }

    [Fact]
    public void A_writer_with_another_encoding_gets_the_bytes_decoded_and_encoded_again()
    {
        var stream = new MemoryStream();
        var writer = new StreamWriter(stream, Encoding.Unicode);
        var output = new Utf8Output(writer);

        output.Write("ä"u8);
        output.Flush();

        Encoding.Unicode.GetString(stream.ToArray()).ShouldBe("\uFEFFä");
    }
}
