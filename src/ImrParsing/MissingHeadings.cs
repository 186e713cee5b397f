using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

using ImrParsing.Sections;

namespace ImrParsing;

/// <summary>
/// Missing nodes, not lost structure: a section of the letter's layout whose heading an extractor
/// lost (or never wrote) but whose labels or sentences of the form stand in another section's body
/// is cut out of that body and read as its own section, with an empty heading. The decisions
/// section starts at the first item: its request and decision line before the first guideline
/// label, or the sentence of the form before them.
/// </summary>
internal static class MissingHeadings
{
    /// <summary>The sections with those whose heading is missing put back; each recovered one in <paramref name="recovered"/>.</summary>
    public static ImmutableArray<SectionSyntax> Recover(ImrParser parser, string text, ReadOnlySpan<Line> lines, ImmutableArray<SectionSyntax> sections, LetterLayout layout, List<SectionSyntax> recovered)
    {
        if (layout == LetterLayout.Unknown || sections.IsEmpty)
        {
            return sections;
        }

        // Most letters lack no heading: the sections are copied only when one is put back.
        ImmutableArray<SectionSyntax>.Builder? result = null;
        for (int m = 0; m < parser.Sections.Length; m++)
        {
            var missing = parser.Sections[m];
            var (headingRule, bodyRules) = parser.Recoverable[m];
            if (bodyRules.Length == 0 || headingRule < 0 || !missing.Layouts.Contains(layout)
                || IsPresent(parser, sections, result, missing.Name))
            {
                continue;
            }

            int count = result?.Count ?? sections.Length;
            for (int s = 0; s < count; s++)
            {
                var host = result is null ? sections[s] : result[s];
                int first = FirstLineOf(parser, lines, host.Body, bodyRules);
                if (first < 0 || BelongsToHost(parser, lines[first], host))
                {
                    continue;
                }

                int start = ItemStart(parser, text, lines, host.Body.Start, first);
                if (start <= host.Body.Start)
                {
                    continue;
                }

                var section = new SectionSyntax(headingRule, new LineRange(start, start), new LineRange(start, host.Body.End));
                result ??= sections.ToBuilder();
                result[s] = host with { Body = new LineRange(host.Body.Start, start) };
                result.Insert(s + 1, section);
                recovered.Add(section);
                break;
            }
        }

        return result?.ToImmutable() ?? sections;
    }

    /// <summary>
    /// What recovering <paramref name="section"/> needs, worked out once per parser: the heading
    /// rule it is read under (-1 if none) and the labels and sentences of the form that show it.
    /// </summary>
    internal static (int HeadingRule, LineRule[] BodyRules) Recoverable(ImrParser parser, SectionParser section) =>
        (HeadingRule(parser, section), [.. section.BodyRules.Where(rule => rule.Kind is LineKind.Label or LineKind.Boilerplate).Distinct()]);

    // Whether a section of the name is among the sections (`result` once one was put back).
    private static bool IsPresent(ImrParser parser, ImmutableArray<SectionSyntax> sections, ImmutableArray<SectionSyntax>.Builder? result, string name)
    {
        int count = result?.Count ?? sections.Length;
        for (int s = 0; s < count; s++)
        {
            var section = result is null ? sections[s] : result[s];
            if (string.Equals(parser.SectionForHeading(section.Rule).Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int HeadingRule(ImrParser parser, SectionParser section)
    {
        for (int rule = 0; rule < parser.LineRules.Length; rule++)
        {
            if (parser.LineRules[rule].Kind == LineKind.Heading && parser.SectionForHeading(rule) == section)
            {
                return rule;
            }
        }

        return -1;
    }

    private static int FirstLineOf(ImrParser parser, ReadOnlySpan<Line> lines, LineRange body, LineRule[] rules)
    {
        for (int i = body.Start; i < body.End; i++)
        {
            if (lines[i].Kind is LineKind.Label or LineKind.Boilerplate && lines[i].Rule >= 0 && rules.Contains(parser.LineRules[lines[i].Rule]))
            {
                return i;
            }
        }

        return -1;
    }

    // A rule the host section uses itself is no sign of another section.
    private static bool BelongsToHost(ImrParser parser, Line line, SectionSyntax host) =>
        parser.SectionForHeading(host.Rule).BodyRules.Contains(parser.LineRules[line.Rule]);

    // The first item's head: the decision line before the label and the request lines it wraps from.
    private static int ItemStart(ImrParser parser, string text, ReadOnlySpan<Line> lines, int bodyStart, int first)
    {
        if (lines[first].Kind != LineKind.Label)
        {
            return first;
        }

        int start = first;
        if (start - 1 >= bodyStart && lines[start - 1].Kind == LineKind.Decision)
        {
            start--;
        }

        for (int count = 0; count < ItemHeads.MaxRequestLines && start - 1 > bodyStart && lines[start - 1].Kind == LineKind.Text
            && !ItemHeads.EndsSentence(lines[start - 1].GetContent(text)) && !ContinuesWrappedLabel(parser, text, lines, start - 1); count++)
        {
            start--;
        }

        while (start - 1 > bodyStart && lines[start - 1].Kind == LineKind.Boilerplate)
        {
            start--;
        }

        return start;
    }

    // "State(s)" / "of Licensure: California": the rest of a label an extractor wrapped belongs to
    // the label's section, not to the request of the first item after it.
    private static bool ContinuesWrappedLabel(ImrParser parser, string text, ReadOnlySpan<Line> lines, int index)
    {
        if (index == 0 || lines[index - 1] is not { Kind: LineKind.Label, Rule: >= 0 } label)
        {
            return false;
        }

        return Phrase.MatchLength(text.AsSpan(label.ContentStart), parser.LineRules[label.Rule].Phrase, spacedWords: true) > label.ContentLength;
    }
}
