using System.Text;

namespace ImrParsing.Cli.Output;

/// <summary>RFC 4180 CSV: fields separated by commas, quoted when they hold a comma, quote or line break, rows ended by CRLF.</summary>
internal static class Csv
{
    public const string RowEnd = "\r\n";

    public static void AppendRow(StringBuilder row, IEnumerable<string?> fields)
    {
        bool first = true;
        foreach (string? field in fields)
        {
            if (!first)
            {
                row.Append(',');
            }

            first = false;
            AppendField(row, field ?? "");
        }

        row.Append(RowEnd);
    }

    private static void AppendField(StringBuilder row, string field)
    {
        bool quote = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));
        if (!quote)
        {
            row.Append(field);
            return;
        }

        row.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
