using ImrParsing.Json;

namespace ImrParsing.Samples;

/// <summary>Reading a letter with the extended parser.</summary>
public static class Using
{
    /// <summary>Writes what the extensions read from the letter at <paramref name="path"/>, then its JSON.</summary>
    public static void Write(string path, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);

        // <docs:use>
        ImrDocument document = ImrDocument.Parse(File.ReadAllText(path), SampleParser.Instance);
        if (document.Extension("documentsReviewed") is { } extension)
        {
            var list = extension.GetValue(SamplesJsonContext.Default.DocumentsReviewed);
            foreach (var entry in list.Documents)
            {
                // "2. Utilization Review Determination: 2014-03-21"
                writer.WriteLine($"{entry.Number?.Value}. {entry.Title?.Value}: {string.Join(" to ", entry.Dates.Select(date => date.Value.ToString("yyyy-MM-dd", null)))}");
            }
        }

        foreach (var item in document.Items)
        {
            writer.WriteLine($"{item.Request?.Value}: {item.Decision?.Value} (\"{item.Decision?.Text}\")");
        }

        string json = ImrJson.Serialize(document, indented: true);   // "extensions": [{"name": "documentsReviewed", "value": {...}, "span": {...}}]
        // </docs:use>
        writer.WriteLine(json);
    }
}
