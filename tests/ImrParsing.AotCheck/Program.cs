// Uses each part of the public surface that could need reflection: parsing, JSON both ways, the
// schema exporter, the PDF reader, a parser extended with the samples (an extension's JSON through
// its own source-generated context), the annotator and the redactor. Run the native binary with a letter (text or PDF) to see
// that it works, not only that it compiles: ImrParsing.AotCheck LETTER
using ImrParsing;
using ImrParsing.Annotation;
using ImrParsing.Json;
using ImrParsing.Pdf;
using ImrParsing.Samples;

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

// The same letter with the sample extensions: their values go to JSON and back without reflection.
var extended = ImrDocument.Parse(document.Source!.Text, SampleParser.Instance);
string extendedJson = ImrJson.Serialize(extended);
var extendedBack = ImrJson.Deserialize(extendedJson);
bool extendedSame = ImrJson.Serialize(extendedBack) == extendedJson;
int documents = extendedBack.Extension("documentsReviewed")?.GetValue(SamplesJsonContext.Default.DocumentsReviewed).Documents.Length ?? 0;
Console.WriteLine($"extended: {extended.Extensions.Length} extension value(s), {documents} document(s) reviewed, round trip {(extendedSame ? "identical" : "DIFFERENT")}");
Console.WriteLine($"annotated: {ImrAnnotator.ToHtml(extended).Length} chars of HTML; redacted: {ImrRedactor.Redact(extended).Redactions.Length} stretches");
return same && extendedSame ? 0 : 1;
