using ImrParsing.Annotation;

namespace ImrParsing.Samples;

/// <summary>Writing a letter back annotated, or redacted.</summary>
public static class AnnotateAndRedact
{
    /// <summary>Writes <paramref name="letterPath"/> as an annotated page and as redacted text beside it.</summary>
    public static void Write(string letterPath)
    {
        // <docs:annotate-redact>
        var document = ImrDocument.Parse(File.ReadAllText(letterPath));

        // A page with every value highlighted where it was read, a colour per kind and a legend.
        File.WriteAllText(Path.ChangeExtension(letterPath, ".html"), ImrAnnotator.ToHtml(document));

        // The letter without its dates, ages, case numbers, diagnoses and narrative: "[DATE]", "[AGE]", ...
        RedactedText redacted = ImrRedactor.Redact(document);
        File.WriteAllText(Path.ChangeExtension(letterPath, ".redacted.txt"), redacted.Text);

        // Or only the case number, keeping every offset, line and column: "CM16-0213037" becomes "XXXXXXXXXXXX".
        var options = new RedactionOptions { Kinds = new HashSet<FieldKind> { FieldKind.CaseNumber }, Style = RedactionStyle.SameLength };
        string sameLength = ImrRedactor.Redact(document, options).Text;
        // </docs:annotate-redact>
        File.WriteAllText(Path.ChangeExtension(letterPath, ".case-number.txt"), sameLength);
    }
}
