// Uses each part of the public surface that could need reflection: parsing, JSON both ways, the
// schema exporter and the PDF reader. Run the native binary with a letter (text or PDF) to see
// that it works, not only that it compiles: ImrParsing.AotCheck LETTER
using ImrParsing;
using ImrParsing.Json;
using ImrParsing.Pdf;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: ImrParsing.AotCheck LETTER.txt|LETTER.pdf");
    return 2;
}

var document = args[0].EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
    ? ImrPdf.Parse(args[0]).Document
    : ImrDocument.Parse(File.ReadAllText(args[0]));
string json = ImrJson.Serialize(document);
var back = ImrJson.Deserialize(json);
bool same = ImrJson.Serialize(back) == json;
Console.WriteLine($"{document.Header?.CaseNumber?.Value}: {document.Items.Length} items, round trip {(same ? "identical" : "DIFFERENT")}, schema {ImrJson.GetSchema().Length} chars");
return same ? 0 : 1;
