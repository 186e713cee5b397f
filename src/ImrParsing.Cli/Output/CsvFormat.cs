using System.Text;
using ImrParsing.Cli.Inputs;

namespace ImrParsing.Cli.Output;

/// <summary>
/// CSV for spreadsheets and data frames: a header, then one row per disputed item with its
/// letter's key fields (<see cref="ItemColumn.All"/>) between <c>source</c> and <c>error</c>. A
/// letter without items still gets one row, and an input that failed one row with its error, so
/// that every input is accounted for. UTF-8 with a byte order mark, so that Excel reads accents.
/// </summary>
internal sealed class CsvFormat : ILetterFormat
{
    public RenderedText Render(Letter letter)
    {
        var rows = new StringBuilder();
        if (letter.Document is not { } document)
        {
            Csv.AppendRow(rows, [letter.Source, .. ItemColumn.All.Select(_ => (string?)null), letter.Error?.Message]);
            return RenderedText.Encode(rows.ToString());
        }

        foreach (var item in document.Items.IsEmpty ? [null] : document.Items.AsEnumerable<Syntax.DisputedItem?>())
        {
            Csv.AppendRow(rows, [letter.Source, .. ItemColumn.All.Select(column => column.TextOf(document, item)), null]);
        }

        return RenderedText.Encode(rows.ToString());
    }

    public void Begin(Utf8Output output)
    {
        var header = new StringBuilder("\uFEFF");
        Csv.AppendRow(header, ["source", .. ItemColumn.All.Select(column => column.Name), "error"]);
        output.Write(header.ToString());
    }

    public void Write(Utf8Output output, RenderedText rendered) => output.Write(rendered.Utf8);

    public void End(Utf8Output output)
    {
    }
}
