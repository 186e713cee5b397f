using System.Globalization;
using System.Text.Json;
using ImrParsing.Tests.Infrastructure;
using Parquet;
using Parquet.Schema;

namespace ImrParsing.Tests.Cli;

/// <summary><c>imr parse --format parquet -o FILE</c> and <c>imr parse --format json -o DIR</c>.</summary>
public sealed class BatchOutputTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string[] SomeLetters => [.. Infrastructure.Corpus.RealLetters.Take(12).Select(Infrastructure.Corpus.PathOf)];

    [Fact]
    public void Parquet_holds_the_csv_table_with_dates_integers_and_strings_typed()
    {
        string file = _folder.PathOf("items.parquet");
        string[] letters = [.. SomeLetters, _folder.PathOf("missing.txt")];

        var (exit, _, _) = CommandLineTests.Run("", ["parse", "-f", "parquet", "-o", file, .. letters]);
        var (_, csv, _) = CommandLineTests.Run("", ["parse", "-f", "csv", .. letters]);

        exit.ShouldBe(1); // the missing input
        var rows = CsvReader.Rows(csv.TrimStart('\uFEFF'));
        string[] header = rows[0];
        var table = ReadParquet(file);
        table.Fields.Select(field => field.Name).ShouldBe(header);
        TypeOf(table, "date_assigned").ShouldBe(typeof(DateOnly));
        TypeOf(table, "patient_age").ShouldBe(typeof(int));
        TypeOf(table, "item_number").ShouldBe(typeof(int));
        table.Columns[0].Length.ShouldBe(rows.Count - 1);

        // Every cell says what the CSV's says, in its own type.
        for (int column = 0; column < header.Length; column++)
        {
            var cells = table.Columns[column].Select(CsvText);
            cells.ShouldBe(rows.Skip(1).Select(row => row[column]), header[column]);
        }
    }

    [Fact]
    public void Parquet_needs_a_file_and_csv_takes_no_output_path()
    {
        CommandLineTests.Run("", "parse", "-f", "parquet", SomeLetters[0]).Exit.ShouldBe(2);
        var (exit, _, error) = CommandLineTests.Run("", "parse", "-f", "csv", "-o", _folder.PathOf("x.csv"), SomeLetters[0]);

        exit.ShouldBe(2);
        error.ShouldContain("-o is for --format json");
    }

    [Fact]
    public void Json_into_a_folder_writes_a_file_per_input_below_its_argument_and_a_rerun_skips_them()
    {
        foreach (string letter in SomeLetters.Take(3))
        {
            _folder.Copy(letter, "in/2016/" + Path.GetFileName(letter));
        }

        _folder.Touch("in/2016/empty.txt");
        SetInputsInThePast();
        string output = _folder.PathOf("out");

        var first = CommandLineTests.Run("", "parse", "-o", output, _folder.PathOf("in"));
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var second = CommandLineTests.Run("", "parse", "-o", output, _folder.PathOf("in"));
        var forced = CommandLineTests.Run("", "parse", "-o", output, "--force", _folder.PathOf("in"));

        first.Exit.ShouldBe(1); // the empty file is no letter
        files.Select(file => Path.GetRelativePath(output, file).Replace('\\', '/'))
            .ShouldBe(["2016/" + Path.GetFileName(SomeLetters[0]) + ".json", "2016/" + Path.GetFileName(SomeLetters[1]) + ".json",
                "2016/" + Path.GetFileName(SomeLetters[2]) + ".json", "2016/empty.txt.json"], ignoreOrder: true);
        using (var letter = JsonDocument.Parse(File.ReadAllText(files.First(file => !file.Contains("empty", StringComparison.Ordinal)))))
        {
            letter.RootElement.GetProperty("header").GetProperty("caseNumber").GetProperty("value").GetString().ShouldStartWith("CM16-");
        }

        using (var failed = JsonDocument.Parse(File.ReadAllText(files.Single(file => file.Contains("empty", StringComparison.Ordinal)))))
        {
            failed.RootElement.GetProperty("error").GetProperty("message").GetString().ShouldNotBeNullOrEmpty();
        }

        second.Exit.ShouldBe(0);
        second.Error.ShouldContain("skipped 4 of 4 letters");
        forced.Error.ShouldNotContain("skipped");
        forced.Exit.ShouldBe(1);
    }

    [Fact]
    public void A_letter_changed_since_its_file_was_written_is_read_again()
    {
        _folder.Copy(SomeLetters[0], "in/a.txt");
        _folder.Copy(SomeLetters[1], "in/b.txt");
        SetInputsInThePast();
        string output = _folder.PathOf("out");
        CommandLineTests.Run("", "parse", "-o", output, _folder.PathOf("in")).Exit.ShouldBe(0);

        File.SetLastWriteTimeUtc(_folder.PathOf("in/b.txt"), DateTime.UtcNow.AddMinutes(1));
        var (exit, _, error) = CommandLineTests.Run("", "parse", "-o", output, _folder.PathOf("in"));

        exit.ShouldBe(0);
        error.ShouldContain("skipped 1 of 2 letters");
    }

    private void SetInputsInThePast()
    {
        foreach (string file in Directory.GetFiles(_folder.PathOf("in"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }

    private static Type TypeOf((DataField[] Fields, object?[][] Columns) table, string name) =>
        table.Fields.Single(field => field.Name == name).ClrType;

    private static string CsvText(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => (string)value,
    };

    private static (DataField[] Fields, object?[][] Columns) ReadParquet(string file)
    {
        using var stream = File.OpenRead(file);
        var reader = ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }).GetAwaiter().GetResult();
        try
        {
            return Read(reader);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static (DataField[] Fields, object?[][] Columns) Read(ParquetReader reader)
    {
        // In the file itself, as DuckDB or Spark see it: dates are 32-bit DATE, numbers INT32.
        var dateAssigned = reader.Metadata!.Schema.Single(element => element.Name == "date_assigned");
        dateAssigned.Type.ShouldBe(Parquet.Meta.Type.INT32);
        dateAssigned.LogicalType!.DATE.ShouldNotBeNull();
        reader.Metadata.Schema.Single(element => element.Name == "item_number").Type.ShouldBe(Parquet.Meta.Type.INT32);
        var decision = reader.Metadata.Schema.Single(element => element.Name == "decision");
        decision.Type.ShouldBe(Parquet.Meta.Type.BYTE_ARRAY);
        decision.LogicalType!.STRING.ShouldNotBeNull();

        var fields = reader.Schema.GetDataFields();
        var columns = fields.Select(_ => new List<object?>()).ToArray();
        for (int group = 0; group < reader.RowGroupCount; group++)
        {
            using var rows = reader.OpenRowGroupReader(group);
            for (int index = 0; index < fields.Length; index++)
            {
                columns[index].AddRange(ReadColumn(rows, fields[index]));
            }
        }

        return (fields, [.. columns.Select(column => column.ToArray())]);
    }

    private static IEnumerable<object?> ReadColumn(ParquetRowGroupReader rows, DataField field)
    {
        int count = (int)rows.RowCount;
        if (field.ClrType == typeof(DateOnly))
        {
            var values = new DateOnly?[count];
            rows.ReadAsync<DateOnly>(field, values).GetAwaiter().GetResult();
            return values.Select(value => (object?)value);
        }

        if (field.ClrType == typeof(int))
        {
            var values = new int?[count];
            rows.ReadAsync<int>(field, values).GetAwaiter().GetResult();
            return values.Select(value => (object?)value);
        }

        var strings = new string?[count];
        rows.ReadAsync(field, strings!).GetAwaiter().GetResult();
        return strings;
    }
}
