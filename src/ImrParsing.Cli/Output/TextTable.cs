using System.Text;

namespace ImrParsing.Cli.Output;

/// <summary>A plain-text table: the first column left-aligned, the others right-aligned, two spaces apart.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Write(TextWriter output)
    {
        int[] widths = headers.Select((header, column) => _rows.Select(row => row[column].Length).Prepend(header.Length).Max()).ToArray();
        foreach (var row in _rows.Prepend(headers))
        {
            var line = new StringBuilder();
            for (int column = 0; column < row.Length; column++)
            {
                if (column == 0)
                {
                    line.Append(row[0].PadRight(widths[0]));
                }
                else
                {
                    line.Append("  ").Append(row[column].PadLeft(widths[column]));
                }
            }

            output.Write(line.ToString().TrimEnd());
            output.Write('\n');
        }
    }
}
