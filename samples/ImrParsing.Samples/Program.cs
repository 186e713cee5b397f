using ImrParsing;
using ImrParsing.Json;
using ImrParsing.Samples;
using ImrParsing.Samples.ReviewedDocuments;

// Parses each letter named on the command line with the extended parser and prints what the
// extensions read: the documents reviewed, and each item's decision.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: dotnet run --project samples/ImrParsing.Samples -- LETTER.txt...");
    return 2;
}

foreach (string path in args)
{
    // <docs:use>
    ImrDocument document = ImrDocument.Parse(File.ReadAllText(path), SampleParser.Instance);
    if (document.Extension("documentsReviewed") is { } extension)
    {
        var list = extension.GetValue(SamplesJsonContext.Default.DocumentsReviewed);
        foreach (var entry in list.Documents)
        {
            // "2. Utilization Review Determination: 2014-03-21"
            Console.WriteLine($"{entry.Number?.Value}. {entry.Title?.Value}: {string.Join(" to ", entry.Dates.Select(date => date.Value.ToString("yyyy-MM-dd", null)))}");
        }
    }

    foreach (var item in document.Items)
    {
        Console.WriteLine($"{item.Request?.Value}: {item.Decision?.Value} (\"{item.Decision?.Text}\")");
    }

    string json = ImrJson.Serialize(document, indented: true);   // "extensions": [{"name": "documentsReviewed", "value": {...}, "span": {...}}]
    // </docs:use>
    Console.WriteLine(json);
}

return 0;
