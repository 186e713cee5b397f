using System.Text.Json;
using ImrParsing.Cli;

namespace ImrParsing.Tests.Reliability;

/// <summary>
/// <see cref="ImrParserOptions.MaxInputLength"/>: a longer input is refused with a clear
/// <see cref="ImrParseException"/> before any work; a parser with a smaller limit is made with
/// <see cref="ImrParser.WithOptions"/>; the command line reports an oversized file and carries on.
/// </summary>
public sealed class InputLimitTests
{
    private static readonly string Letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");

    [Fact]
    public void A_letter_exactly_at_the_limit_is_read_and_one_character_more_is_refused()
    {
        var atLimit = ImrParser.Default.WithOptions(new ImrParserOptions { MaxInputLength = Letter.Length });
        var belowLimit = ImrParser.Default.WithOptions(new ImrParserOptions { MaxInputLength = Letter.Length - 1 });

        atLimit.Parse(Letter).Header?.CaseNumber?.Value.ShouldBe("CM16-0213037");
        var exception = Should.Throw<ImrParseException>(() => belowLimit.Parse(Letter));

        exception.Message.ShouldBe($"Expected at most {Letter.Length - 1:N0} characters (ImrParserOptions.MaxInputLength) at 1:1, found {Letter.Length:N0} characters.");
        (exception.Line, exception.Column, exception.Error.Offset).ShouldBe((1, 1, 0));
        belowLimit.TryParse(Letter, out var document, out var error).ShouldBeFalse();
        document.ShouldBeNull();
        error.ShouldBe(exception.Error);
    }

    [Fact]
    public void WithOptions_keeps_the_default_parser_as_it_was()
    {
        var small = ImrParser.Default.WithOptions(new ImrParserOptions { MaxInputLength = 10 });

        ImrParser.Default.Options.MaxInputLength.ShouldBe(ImrParserOptions.DefaultMaxInputLength);
        small.Options.MaxInputLength.ShouldBe(10);
        small.Sections.ShouldBe(ImrParser.Default.Sections);
        ImrParser.Default.WithOptions(new ImrParserOptions()).ShouldBeSameAs(ImrParser.Default, "equal options need no new parser");
        Should.Throw<ArgumentNullException>(() => ImrParser.Default.WithOptions(null!));
    }

    [Fact]
    public void A_negative_limit_is_refused_when_the_options_are_made()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ImrParserOptions { MaxInputLength = -1 });
        new ImrParserOptions { MaxInputLength = 0 }.MaxInputLength.ShouldBe(0);
    }

    [Fact]
    public void The_command_line_reports_a_file_over_the_limit_and_carries_on_with_the_rest()
    {
        string folder = Directory.CreateTempSubdirectory("imr-limit-").FullName;
        try
        {
            string huge = Path.Combine(folder, "huge.txt");
            File.WriteAllText(huge, Letter + new string('x', ImrParserOptions.DefaultMaxInputLength));
            string letter = Infrastructure.Corpus.PathOf("dwc-2016/CM16-0213037");
            var output = new StringWriter();
            var error = new StringWriter();

            int exit = ImrCommandLine.Run(["parse", "--format", "jsonl", huge, letter], new StringReader(""), output, error);

            exit.ShouldBe(1);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Length.ShouldBe(2);
            using (var first = JsonDocument.Parse(lines[0]))
            {
                first.RootElement.GetProperty("error").GetProperty("message").GetString()
                    .ShouldStartWith("Expected at most 16,777,216 characters (ImrParserOptions.MaxInputLength) at 1:1");
            }

            using (var second = JsonDocument.Parse(lines[1]))
            {
                second.RootElement.GetProperty("header").GetProperty("caseNumber").GetProperty("value").GetString().ShouldBe("CM16-0213037");
            }

            error.ToString().ShouldContain($"imr: {huge}:1:1: Expected at most 16,777,216 characters");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_command_line_refuses_a_file_of_gigabytes_unread_and_carries_on()
    {
        // Found in review: reading a 3 GB file ran out of memory after a minute and ended the whole batch.
        string folder = Directory.CreateTempSubdirectory("imr-limit-").FullName;
        try
        {
            string huge = Path.Combine(folder, "huge.txt");
            using (var file = File.Create(huge))
            {
                file.SetLength(3L << 30); // sparse: no disk and no time
            }

            var output = new StringWriter();
            var error = new StringWriter();

            int exit = ImrCommandLine.Run(["parse", "--format", "jsonl", huge, Infrastructure.Corpus.PathOf("dwc-2016/CM16-0213037")], new StringReader(""), output, error);

            exit.ShouldBe(1);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Length.ShouldBe(2);
            using (var first = JsonDocument.Parse(lines[0]))
            {
                first.RootElement.GetProperty("error").GetProperty("message").GetString()
                    .ShouldBe("Expected at most 16,777,216 characters (ImrParserOptions.MaxInputLength) at 1:1, found a file of 3,221,225,472 bytes.");
            }

            lines[1].ShouldContain("\"caseNumber\":{\"value\":\"CM16-0213037\"");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
