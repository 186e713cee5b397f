namespace ImrParsing.Samples;

/// <summary>Looking at a parser's rules before changing them.</summary>
public static class Inspecting
{
    /// <summary>Writes the names of the default rules, list by list, in the order they are tried.</summary>
    public static void WriteRules(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);

        // <docs:inspect>
        var builder = ImrParser.CreateBuilder();      // the default rules, ready to change
        writer.WriteLine(string.Join(", ", builder.Sections.Names));
        // finalDetermination.determination, finalDeterminationWithDocuments.documentsReviewed, finalDetermination.caseSummary, ...
        writer.WriteLine(string.Join(", ", builder.DecisionWords.Names));     // Upheld, Overturned
        writer.WriteLine(string.Join(", ", builder.VerdictPhrases.Names));    // not medically necessary, notmedically necessary, medically necessary
        writer.WriteLine(string.Join(", ", builder.CitationForms.Names));     // titleAndYear, acoemChapter, namedGuidelines
        writer.WriteLine(string.Join(", ", builder.HeaderLabels.Names));      // Case Number:, Date Assigned:, ...

        // A parser shows its rules too, read-only: every line rule in the order the tokenizer tries them.
        foreach (var rule in ImrParser.Default.LineRules)
        {
            writer.WriteLine($"{rule.Name}: \"{rule.Phrase}\" ({rule.Kind}, {rule.Match})");   // heading.determination: "HOW THE IMR ..." (Heading, WholeLine)
        }
        // </docs:inspect>
    }
}
