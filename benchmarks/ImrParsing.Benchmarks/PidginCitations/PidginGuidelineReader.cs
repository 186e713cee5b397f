using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The guideline statements read by the character rules (<see cref="PidginCitationRules"/>) over the
/// canonical text, their ranges taken to the source through <see cref="CanonicalValues"/>: how the
/// library read them before <see cref="MtusStatementReader"/> read tokens, the tests' reference.
/// </summary>
internal static class PidginGuidelineReader
{
    public static Guideline Read(IReaderContext context, PidginCitationRules rules, Guideline guideline, int itemNumber, string label)
    {
        if (guideline.Text is not { } text)
        {
            return guideline;
        }

        using var canonical = CanonicalText.Of(context.Text, text.Span.Start, text.Span.End);
        var values = new CanonicalValues(context, canonical);

        var statements = rules.ReadStatements(canonical.Span);
        bool noEvidence = false;
        bool outsideMtus = false;
        var citations = ImmutableArray.CreateBuilder<GuidelineCitation>();
        foreach (var statement in statements)
        {
            switch (statement.Kind)
            {
                case GuidelineStatementKind.NoEvidenceCited:
                    noEvidence = true;
                    break;
                case GuidelineStatementKind.OutsideMtus:
                    outsideMtus = true;
                    break;
                case GuidelineStatementKind.Citations:
                    foreach (var citation in statement.Citations)
                    {
                        if ((citation.Mtus ? Build(values, citation) : BuildNonMtus(context, values, citation)) is { } built)
                        {
                            citations.Add(built);
                        }
                    }

                    break;
                default:
                    context.Report(ImrDiagnostics.UnreadGuidelineText, values.Span(statement.Range), itemNumber, label, values.Excerpt(statement.Range));
                    break;
            }
        }

        return guideline with { NoEvidenceCited = noEvidence, OutsideMtus = outsideMtus, Citations = citations.ToImmutable() };
    }

    private static GuidelineCitation? Build(CanonicalValues values, PidginCitationSyntax syntax)
    {
        if (values.Value(syntax.Range) is not { } text)
        {
            return null;
        }

        var effective = syntax.EffectiveDate is { } date ? values.Spanned(date.Value, date.Range) : null;
        var year = syntax.Year is { } y ? values.Spanned(y.Value, y.Range)
            : syntax.EffectiveDate is { } d ? values.YearOf(d.Value, d.Range.Start, d.Range.End)
            : null;
        return new GuidelineCitation
        {
            Mtus = syntax.Mtus,
            Title = syntax.Title is { } title ? values.Value(title) : null,
            Year = year,
            Chapter = syntax.Chapter is { } chapter ? values.Spanned(chapter.Value, chapter.Range) : null,
            ChapterName = syntax.ChapterName is { } chapterName ? values.Value(chapterName) : null,
            Sections = Values(values, syntax.Sections),
            Pages = Values(values, syntax.Pages),
            EffectiveDate = effective,
            Text = text,
            Span = text.Span,
        };
    }

    // A Non-MTUS citation: its free text's details are read from its tokens, with source spans.
    private static GuidelineCitation? BuildNonMtus(IReaderContext context, CanonicalValues values, PidginCitationSyntax syntax) =>
        values.Value(syntax.Range) is { } text ? NonMtusDetailsReader.Read(context, text) : null;

    internal static ImmutableArray<TextValue> Values(CanonicalValues values, ImmutableArray<OffsetRange> ranges)
    {
        var built = ImmutableArray.CreateBuilder<TextValue>(ranges.Length);
        foreach (var range in ranges)
        {
            if (values.Value(range) is { } value)
            {
                built.Add(value);
            }
        }

        return built.ToImmutable();
    }
}
