using System.Text;
using System.Text.Json;
using ImrParsing.Cli;
using ImrParsing.Json;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Cli;

public sealed class CommandLineTests
{
    internal static (int Exit, string Output, string Error) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = ImrCommandLine.Run(args, new StringReader(input), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    internal static (int Exit, string Output, string Error) Run(byte[] input, bool terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = ImrCommandLine.Run(args, new CommandLineConsole(() => new MemoryStream(input), output, error, terminal, 100));
        return (exit, output.ToString(), error.ToString());
    }

    private static string PdfOf(string name) => Path.ChangeExtension(Infrastructure.Corpus.PathOf(name), ".pdf");

    private static JsonElement[] JsonLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();

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
    public void Json_for_several_inputs_is_an_indented_array_of_the_same_objects()
    {
        string[] letters = [.. Infrastructure.Corpus.Seeds.Take(2).Select(Infrastructure.Corpus.PathOf)];

        var (exit, output, _) = Run("", "parse", letters[0], letters[1]);
        var (_, lines, _) = Run("", "parse", "-f", "jsonl", letters[0], letters[1]);

        exit.ShouldBe(0);
        output.ShouldStartWith("[\n  {\n    \"source\": ");
        output.ShouldEndWith("\n]\n");
        using var array = JsonDocument.Parse(output);
        var objects = array.RootElement.EnumerateArray().ToArray();
        var compact = JsonLines(lines);
        objects.Length.ShouldBe(2);
        compact.Length.ShouldBe(2);
        objects.Zip(compact).ShouldAllBe(pair => JsonElement.DeepEquals(pair.First, pair.Second));
    }

    [Fact]
    public void A_failed_input_gives_an_error_object_and_exit_code_1_after_the_others()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-letter.txt");
        string good = Infrastructure.Corpus.PathOf("dwc-2016/CM16-0213037");

        var (exit, output, error) = Run("not a letter", "parse", "--format", "jsonl", "-", missing, good);

        exit.ShouldBe(ImrCommandLine.InputFailed);
        var lines = JsonLines(output);
        lines.Length.ShouldBe(3);
        var parseError = lines[0].GetProperty("error");
        parseError.GetProperty("line").GetInt32().ShouldBe(1);
        parseError.GetProperty("column").GetInt32().ShouldBe(1);
        parseError.GetProperty("message").GetString()!.ShouldContain("found \"not a letter\"");
        lines[1].GetProperty("error").GetProperty("message").GetString()!.ShouldStartWith("Could not read the input");
        lines[2].GetProperty("items").GetArrayLength().ShouldBe(2);
        error.ShouldContain("-:1:1:");
    }

    [Fact]
    public void A_pdf_is_read_from_a_file_or_standard_input_with_where_its_pages_start()
    {
        string pdf = PdfOf("dwc-2016/CM16-0213037");

        var (exit, output, error) = Run(File.ReadAllBytes(pdf), false, "parse", "-f", "jsonl", pdf, "-");

        exit.ShouldBe(0, error);
        var lines = JsonLines(output);
        lines.Select(line => line.GetProperty("source").GetString()).ShouldBe([pdf, "-"]);
        foreach (var line in lines)
        {
            line.GetProperty("header").GetProperty("caseNumber").GetProperty("value").GetString().ShouldBe("CM16-0213037");
            var starts = line.GetProperty("pageStarts").EnumerateArray().Select(start => start.GetInt32()).ToArray();
            starts.ShouldBe([.. ImrParsing.Pdf.ImrPdf.ExtractPages(pdf).PageStarts]);
            starts[0].ShouldBe(0);
        }

        lines[0].GetRawText().ShouldBe(lines[1].GetRawText().Replace("\"source\":\"-\"", $"\"source\":{JsonSerializer.Serialize(pdf)}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_pdf_is_a_failed_input()
    {
        var (exit, output, error) = Run(Encoding.ASCII.GetBytes("%PDF-1.4 then nothing a PDF needs"), false, "parse", "-f", "jsonl", "-");

        exit.ShouldBe(ImrCommandLine.InputFailed);
        JsonLines(output)[0].GetProperty("error").GetProperty("message").GetString()!.ShouldStartWith("Not a PDF that can be read");
        error.ShouldStartWith("imr: -: not a PDF that can be read");
    }

    [Fact]
    public void A_folder_gives_its_text_and_pdf_files_recursively_in_order()
    {
        using var folder = new TemporaryFolder();
        folder.Copy(Infrastructure.Corpus.PathOf("seeds/000_7bf717663bbdc77e"), "b/one.txt");
        folder.Copy(PdfOf("dwc-2016/CM16-0213037"), "a/deeper/two.PDF");
        folder.Copy(Infrastructure.Corpus.PathOf("seeds/001_1726b562bfe7b936"), "c.txt");
        File.WriteAllText(folder.PathOf("notes.md"), "not a letter, and not read");

        var (exit, output, _) = Run("", "parse", "-f", "jsonl", folder.Root);

        exit.ShouldBe(0);
        JsonLines(output).Select(line => line.GetProperty("source").GetString())
            .ShouldBe([folder.PathOf("a/deeper/two.PDF"), folder.PathOf("b/one.txt"), folder.PathOf("c.txt")]);
    }

    [Fact]
    public void A_folder_or_pattern_always_gives_a_json_array()
    {
        var (_, output, _) = Run("", "parse", Path.Combine(Infrastructure.Corpus.Folder, "dwc-2016", "CM16-0213037.t?t"));

        JsonDocument.Parse(output).RootElement.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public void Patterns_that_match_nothing_and_empty_folders_are_failed_inputs()
    {
        using var folder = new TemporaryFolder();

        var (exit, output, _) = Run("", "parse", "-f", "jsonl", folder.Root, folder.PathOf("*.pdf"));

        exit.ShouldBe(ImrCommandLine.InputFailed);
        JsonLines(output).Select(line => line.GetProperty("error").GetProperty("message").GetString())
            .ShouldBe(["The folder holds no .txt or .pdf files.", "No files match the pattern."]);
    }

    [Fact]
    public void The_output_keeps_the_order_of_the_inputs_whatever_the_parallelism()
    {
        string[] letters = [.. Infrastructure.Corpus.RealLetters.Take(12).Select(Infrastructure.Corpus.PathOf)];

        var (_, serial, _) = Run("", ["parse", "-f", "jsonl", "--parallel", "1", .. letters]);
        var (_, parallel, _) = Run("", ["parse", "-f", "jsonl", "--parallel", "5", .. letters]);

        parallel.ShouldBe(serial);
        JsonLines(serial).Select(line => line.GetProperty("source").GetString()).ShouldBe(letters);
    }

    [Fact]
    public void Csv_has_a_row_per_item_with_its_letters_key_fields()
    {
        string text = Infrastructure.Corpus.PathOf("dwc-2016/CM16-0213037");
        var document = ImrDocument.Parse(File.ReadAllText(text));

        var (exit, output, _) = Run("", "parse", "--format", "csv", text);

        exit.ShouldBe(0);
        output.ShouldStartWith("\uFEFFsource,case_number,");
        var rows = CsvReader.Rows(output.TrimStart('\uFEFF'));
        rows.Count.ShouldBe(1 + document.Items.Length);
        var header = rows[0];
        header[^1].ShouldBe("error");
        foreach (var (row, item) in rows.Skip(1).Zip(document.Items))
        {
            string Cell(string column) => row[Array.IndexOf(header, column)];
            Cell("source").ShouldBe(text);
            Cell("case_number").ShouldBe("CM16-0213037");
            Cell("decision_date").ShouldBe("2016-12-09");
            Cell("reviewer_states").ShouldBe("California; North Carolina");
            Cell("reviewer_specialties").ShouldBe("Family Practice");
            Cell("patient_age").ShouldBe("48");
            Cell("patient_sex").ShouldBe("male");
            Cell("item_number").ShouldBe(item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Cell("request").ShouldBe(item.Request!.Value);
            Cell("decision").ShouldBe("upheld");
            Cell("maximus_guideline").ShouldBe(item.MaximusGuideline!.Text!.Value); // holds commas: quoted
            Cell("service").ShouldBe("mri");
            Cell("mtus_sections").ShouldBe("Special Studies");
            Cell("error").ShouldBeEmpty();
        }

        rows.Skip(1).Select(row => row[Array.IndexOf(header, "mtus_citation")]).ShouldBe(["Shoulder Complaints 2004", "Neck and Upper Back Complaints 2004"]);

        output.ShouldContain(",\"Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies.\",");
        output.Split("\r\n").Length.ShouldBe(rows.Count + 1);
    }

    [Fact]
    public void Csv_takes_the_date_of_injury_from_the_case_summary_when_there_is_no_header_table()
    {
        // Seed 002 has no header table; its case summary says "sustained an industrial injury on 04/07/2014".
        string seed = Infrastructure.Corpus.PathOf("seeds/002_21c8226c7447611c");
        ImrDocument.Parse(File.ReadAllText(seed)).Header.ShouldBeNull();

        var (_, output, _) = Run("", "parse", "-f", "csv", seed);

        var rows = CsvReader.Rows(output.TrimStart('\uFEFF'));
        rows.Skip(1).Select(row => row[Array.IndexOf(rows[0], "date_of_injury")]).ShouldAllBe(date => date == "2014-04-07");
    }

    [Fact]
    public void Csv_gives_a_failed_input_one_row_with_its_error()
    {
        var (exit, output, _) = Run("not a letter", "parse", "-f", "csv", "-");

        exit.ShouldBe(ImrCommandLine.InputFailed);
        var rows = CsvReader.Rows(output.TrimStart('\uFEFF'));
        rows.Count.ShouldBe(2);
        rows[1][0].ShouldBe("-");
        rows[1][^1].ShouldContain("found \"not a letter\"");
        rows[1][1..^1].ShouldAllBe(cell => cell.Length == 0);
    }

    [Fact]
    public void Stats_counts_letters_items_and_decisions_overall_by_service_and_by_specialty()
    {
        var documents = Infrastructure.Corpus.Seeds.Select(name => ImrDocument.Parse(Infrastructure.Corpus.Read(name))).ToList();
        var items = documents.SelectMany(document => document.Items).ToList();
        int upheld = items.Count(item => item.Decision?.Value == Syntax.Decision.Upheld);
        int overturned = items.Count(item => item.Decision?.Value == Syntax.Decision.Overturned);
        int familyPractice = documents.Where(document => document.Reviewer!.Specialties.Any(specialty => specialty.Value == "Family Practice")).Sum(document => document.Items.Length);

        var (exit, output, _) = Run("", "stats", Path.Combine(Infrastructure.Corpus.Folder, "seeds"));

        exit.ShouldBe(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[0], cells => cells[1..]);
        rows["Letters"].ShouldBe([Count(documents.Count)]);
        rows["Items"].ShouldBe([Count(items.Count)]);
        rows["Upheld"][0].ShouldBe(Count(upheld));
        rows["Overturned"][0].ShouldBe(Count(overturned));
        rows["Reviewer specialty"].ShouldBe(["Items", "Upheld", "Overturned", "Overturned %"]);
        rows["Family Practice"][0].ShouldBe(Count(familyPractice));
        familyPractice.ShouldBeGreaterThan(0);
        rows["Service"].ShouldBe(["Items", "Upheld", "Overturned", "Overturned %"]);
        foreach (var service in items.GroupBy(item => item.Details!.Service!.Value.Value))
        {
            rows[service.Key][0].ShouldBe(Count(service.Count()));
        }

        static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
    [Fact]
    public void Schema_prints_the_json_schema()
    {
        var (exit, output, _) = Run("", "schema");

        exit.ShouldBe(0);
        output.ShouldBe(ImrJson.GetSchema());
    }

    [Fact]
    public void A_batch_at_a_terminal_shows_progress_on_standard_error_and_nothing_when_piped()
    {
        string[] letters = [.. Infrastructure.Corpus.Seeds.Select(Infrastructure.Corpus.PathOf)];

        var (_, terminalOutput, terminal) = Run([], true, ["parse", "-f", "jsonl", "missing.txt", .. letters]);
        var (_, pipedOutput, piped) = Run([], false, ["parse", "-f", "jsonl", .. letters]);

        terminal.ShouldContain($"/{letters.Length + 1} files");
        terminal.ShouldContain("imr: missing.txt: could not read the input");
        terminal.ShouldContain($"imr: {letters.Length + 1} files, {letters.Length} letters, 1 error in ");
        piped.ShouldBeEmpty();
        JsonLines(terminalOutput).Skip(1).Select(line => line.GetRawText()).ShouldBe(JsonLines(pipedOutput).Select(line => line.GetRawText()));
        Run([], true, ["parse", "-f", "jsonl", "--no-progress", .. letters]).Error.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "--format", "xml", "a.txt")]
    [InlineData("parse", "--parallel", "0", "a.txt")]
    [InlineData("stats")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var (exit, output, error) = Run("", args);

        exit.ShouldBe(ImrCommandLine.UsageError);
        output.ShouldBeEmpty();
        error.ShouldContain("imr --help");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("parse", "--help")]
    [InlineData("stats", "-h")]
    [InlineData("schema", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        var (exit, output, _) = Run("", args);

        exit.ShouldBe(0);
        output.ShouldContain("Usage:");
    }

    [Fact]
    public void The_bundled_sample_parses()
    {
        var (exit, output, _) = Run("", "parse", Repository.PathOf("src", "ImrParsing.Cli", "samples", "CM16-0213037.txt"));

        exit.ShouldBe(0);
        output.ShouldContain("\"caseNumber\"");
    }
}
