using System.Text.Json;
using ImrParsing.Cli;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Cli;

public sealed class CommandLineTests
{
    private static (int Exit, string Output, string Error) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = ImrCommandLine.Run(args, new StringReader(input), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Jsonl_prints_one_object_per_input_with_its_source()
    {
        string first = Infrastructure.Corpus.PathOf("dwc-2016/CM16-0213037");
        string second = Infrastructure.Corpus.PathOf("seeds/000_7bf717663bbdc77e");

        var (exit, output, error) = Run("", "parse", "--format", "jsonl", first, second);

        exit.ShouldBe(0);
        error.ShouldBeEmpty();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        using var json = JsonDocument.Parse(lines[0]);
        json.RootElement.GetProperty("source").GetString().ShouldBe(first);
        json.RootElement.GetProperty("header").GetProperty("caseNumber").GetProperty("value").GetString().ShouldBe("CM16-0213037");
        json.RootElement.GetProperty("items")[0].GetProperty("decision").GetProperty("value").GetString().ShouldBe("upheld");
    }

    [Fact]
    public void Json_prints_one_indented_document_and_reads_standard_input()
    {
        var (exit, output, _) = Run(Infrastructure.Corpus.Read("seeds/001_1726b562bfe7b936"), "parse", "-");

        exit.ShouldBe(0);
        output.ShouldStartWith("{\n  \"source\": \"-\",");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("header").ValueKind.ShouldBe(JsonValueKind.Null);
        json.RootElement.GetProperty("reviewer").GetProperty("licensureStates")[0].GetProperty("value").GetString().ShouldBe("Texas");
    }

    [Fact]
    public void A_failed_input_gives_an_error_object_and_exit_code_1_after_the_others()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-letter.txt");
        string good = Infrastructure.Corpus.PathOf("dwc-2016/CM16-0213037");

        var (exit, output, error) = Run("not a letter", "parse", "--format", "jsonl", "-", missing, good);

        exit.ShouldBe(ImrCommandLine.InputFailed);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        lines.Length.ShouldBe(3);
        var parseError = lines[0].GetProperty("error");
        parseError.GetProperty("line").GetInt32().ShouldBe(1);
        parseError.GetProperty("column").GetInt32().ShouldBe(1);
        parseError.GetProperty("message").GetString()!.ShouldContain("found \"not a letter\"");
        lines[1].GetProperty("error").GetProperty("message").GetString()!.ShouldStartWith("Could not read the input");
        lines[2].GetProperty("items").GetArrayLength().ShouldBe(2);
        error.ShouldContain("-:1:1:");
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "--format", "xml", "a.txt")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var (exit, output, error) = Run("", args);

        exit.ShouldBe(ImrCommandLine.UsageError);
        output.ShouldBeEmpty();
        error.ShouldContain("imr --help");
    }

    [Fact]
    public void The_bundled_sample_parses()
    {
        var (exit, output, _) = Run("", "parse", Repository.PathOf("src", "ImrParsing.Cli", "samples", "CM16-0213037.txt"));

        exit.ShouldBe(0);
        output.ShouldContain("\"caseNumber\"");
    }
}
