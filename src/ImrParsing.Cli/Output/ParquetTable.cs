using ImrParsing.Cli.Inputs;
using Parquet;
using Parquet.Schema;

namespace ImrParsing.Cli.Output;

/// <summary>
/// <c>imr parse --format parquet -o FILE</c>: the CSV's table (<see cref="ItemColumn.All"/> between
/// <c>source</c> and <c>error</c>, one row per disputed item) as an Apache Parquet file, typed:
/// dates as DATE, numbers as INT32, the rest as strings. Rows are written in row groups as the
/// batch goes, so memory stays flat; the file is written under a temporary name and renamed when
/// complete, so that a killed batch leaves no truncated file.
/// </summary>
internal sealed class ParquetTable : IDisposable
{
    private const int RowGroupRows = 50_000;
    private const string TemporarySuffix = ".tmp";

    private static readonly DataField[] Fields =
    [
        new DataField<string>("source"),
        .. ItemColumn.All.Select(FieldOf),
        new DataField<string>("error"),
    ];

    private readonly string _path;
    private readonly Stream _file;
    private readonly ParquetWriter _writer;
    private readonly List<object?[]> _rows = [];
    private bool _complete;

    private ParquetTable(string path, Stream file, ParquetWriter writer)
    {
        _path = path;
        _file = file;
        _writer = writer;
    }

    /// <summary>Starts the file at <paramref name="path"/> (written as <c>path.tmp</c> until <see cref="Complete"/>).</summary>
    public static ParquetTable Create(string path)
    {
        var file = File.Create(path + TemporarySuffix);
        try
        {
            var writer = ParquetWriter.CreateAsync(new ParquetSchema(Fields), file).GetAwaiter().GetResult();
            return new ParquetTable(path, file, writer);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>A letter's rows, in the fields' order (on a worker thread): one per item, one for a letter without items, one with the error for a failed input.</summary>
    public static object?[][] RowsOf(Letter letter)
    {
        if (letter.Document is not { } document)
        {
            return [[letter.Source, .. ItemColumn.All.Select(_ => (object?)null), letter.Error?.Message]];
        }

        var items = document.Items.IsEmpty ? [null] : document.Items.AsEnumerable<Syntax.DisputedItem?>();
        return [.. items.Select(item => (object?[])[letter.Source, .. ItemColumn.All.Select(column => column.Value(document, item)), null])];
    }

    /// <summary>Adds a letter's rows (in input order, on one thread).</summary>
    public void Add(object?[][] rows)
    {
        _rows.AddRange(rows);
        if (_rows.Count >= RowGroupRows)
        {
            WriteRowGroup();
        }
    }

    /// <summary>Writes the rows still held and the footer, and gives the file its name.</summary>
    public void Complete()
    {
        if (_rows.Count > 0)
        {
            WriteRowGroup();
        }

        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _file.Dispose();
        File.Move(_path + TemporarySuffix, _path, overwrite: true);
        _complete = true;
    }

    /// <summary>Closes the file; if it was not completed, deletes what was written.</summary>
    public void Dispose()
    {
        if (_complete)
        {
            return;
        }

        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _file.Dispose();
        File.Delete(_path + TemporarySuffix);
    }

    private static DataField FieldOf(ItemColumn column) => column.Type switch
    {
        ColumnType.Date => new DataField<DateOnly?>(column.Name),
        ColumnType.Integer => new DataField<int?>(column.Name),
        _ => new DataField<string>(column.Name),
    };

    private void WriteRowGroup()
    {
        using (var group = _writer.CreateRowGroup())
        {
            for (int index = 0; index < Fields.Length; index++)
            {
                WriteColumn(group, Fields[index], index);
            }
        }

        _rows.Clear();
    }

    private void WriteColumn(ParquetRowGroupWriter group, DataField field, int index)
    {
        var type = index > 0 && index <= ItemColumn.All.Count ? ItemColumn.All[index - 1].Type : ColumnType.Text;
        var written = type switch
        {
            ColumnType.Date => group.WriteAsync<DateOnly>(field, Values<DateOnly>(index)),
            ColumnType.Integer => group.WriteAsync<int>(field, Values<int>(index)),
            _ => group.WriteAsync(field, [.. _rows.Select(row => (string?)row[index])]),
        };
        written.GetAwaiter().GetResult();
    }

    private T?[] Values<T>(int index)
        where T : struct => [.. _rows.Select(row => (T?)row[index])];
}
