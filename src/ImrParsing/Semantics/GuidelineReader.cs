using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a guideline part's statements into its flags and citations, from the tokens of the source
/// (<see cref="MtusStatementReader"/>): the default forms by hand, a parser's own forms by their
/// token grammars. Either way a citation that wraps over lines or breaks a word with a hyphen reads
/// alike from every extractor, and the values point at the source.
/// </summary>
internal static class GuidelineReader
{
    public static Guideline Read(IReaderContext context, Guideline guideline, int itemNumber, string label) =>
        guideline.Text is null ? guideline : Read(context, guideline.Text, guideline.Span, itemNumber, label);

    /// <summary>The guideline part of <paramref name="span"/> whose text after its label is <paramref name="text"/>, read.</summary>
    public static Guideline Read(IReaderContext context, TextValue? text, TextSpan span, int itemNumber, string label) =>
        text is not null
            ? MtusStatementReader.Read(context, text, span, itemNumber, label)
            : new Guideline { Span = span };
}
