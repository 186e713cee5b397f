using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Pidgin;
using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;
using ImrParsing.Parsers.Pooling;

using ImrParsing.Sections;

namespace ImrParsing;

/// <summary>
/// One parse: runs <see cref="LetterGrammar"/> over the tokens, hands each section to its parser,
/// and assembles the document with the checks that need the whole letter (missing, repeated and
/// out-of-order sections, a truncated ending).
/// </summary>
internal sealed class DocumentBuilder(ImrParser parser, string text, LineTokens tokens)
{
    private const string HeaderTableDescription = "the header table (\"Case Number: ...\") or a section heading such as \"HOW THE IMR FINAL DETERMINATION WAS MADE\"";

    private readonly ParseSession _session = new(parser.SectionRules, text, tokens);
    private readonly List<(string Name, TextValue? Heading, TextSpan Span, LineRange Lines)> _sections = [];
    private readonly List<DisputedItem> _items = [];
    private readonly Dictionary<string, int> _seen = [];
    private readonly List<SharedItemParts> _sharedParts = [];
    private readonly HashSet<int> _headingsSeen = [];
    private List<SectionParser> _layoutSections = [];
    private LetterHeader? _header;
    private ReviewerCredentials? _reviewer;
    private CaseSummary? _caseSummary;
    private LetterLayout _layout;

    public bool TryBuild([NotNullWhen(true)] out ImrDocument? document, [NotNullWhen(false)] out ImrParseError? error)
    {
        document = null;
        var lines = tokens.Lines;
        var letter = LetterGrammar.Letter.Parse(lines, ScratchConfiguration.For<Line>());
        if (lines.IsEmpty || !letter.Success)
        {
            error = NotALetter(lines.IsEmpty ? text.Length : lines[0].ContentStart);
            return false;
        }

        if (!letter.Value.Preamble.IsEmpty)
        {
            ReadPreamble(letter.Value.Preamble);
        }

        if (letter.Value.Sections.IsEmpty && _header is null)
        {
            error = NotALetter(lines[0].ContentStart);
            return false;
        }

        _layout = SectionOrder.LayoutOf(letter.Value.Sections.Select(section => parser.SectionForHeading(section.Rule)));
        _layoutSections = [.. parser.Sections.Where(section => section.Layouts.Contains(_layout))];
        var recovered = new List<SectionSyntax>();
        var sections = MissingHeadings.Recover(parser, text, lines, letter.Value.Sections, _layout, recovered);
        int[] orders = [.. sections.Select(section => _layoutSections.IndexOf(parser.SectionForHeading(section.Rule)))];
        int lastOrder = -1;
        string? lastName = null;
        for (int k = 0; k < sections.Length; k++)
        {
            if (recovered.Contains(sections[k]))
            {
                ReportMissingHeading(sections[k]);
            }

            ReadSection(sections[k], orders, k, ref lastOrder, ref lastName);
        }

        SharedItemParts.GiveTo(_items, _sharedParts);
        CheckCompleteness();
        if (DateOfInjuryCheck.Check(_header, _caseSummary) is { } mismatch)
        {
            _session.Diagnostics.Add(mismatch);
        }

        error = null;
        document = new ImrDocument
        {
            Layout = _layout,
            Header = _header,
            Reviewer = _reviewer,
            CaseSummary = _caseSummary,
            Items = [.. _items],
            Extensions = [.. _session.Extensions],
            Sections = TileSections(),
            Unrecognized = [.. _session.Unrecognized],
            Diagnostics = [.. _session.Diagnostics],
            Source = tokens.ToSourceText(),
        };
        return true;
    }

    private void ReadPreamble(LineRange preamble)
    {
        var context = new SectionContext(_session, "preamble", preamble);
        _header = context.ReadGuarded(HeaderTableParser.Parse, nameof(HeaderTableParser));
        AddSection(_header is null ? "preamble" : "header", null, preamble);
    }

    private void ReadSection(SectionSyntax section, int[] orders, int index, ref int lastOrder, ref string? lastName)
    {
        var sectionParser = parser.SectionForHeading(section.Rule);
        var lines = tokens.Lines;
        var heading = section.Heading.IsEmpty
            ? null
            : TextValue.FromSource(text, tokens.GetSpanFromBounds(lines[section.Heading.Start].ContentStart, lines[section.Heading.End - 1].ContentEnd));
        AddSection(sectionParser.Name, heading, new LineRange(section.Heading.Start, section.Body.End));
        var headingSpan = heading?.Span ?? tokens.GetSpan(lines[section.Body.Start].ContentStart, 0);
        int order = orders[index];
        if (order < 0)
        {
            _session.Diagnostics.Add(ImrDiagnostics.SectionOfAnotherLayout.Create(headingSpan, HeadingTextOf(heading, sectionParser), sectionParser.Layout.JsonName(), _layout.JsonName()));
        }
        else if (order < lastOrder)
        {
            _session.Diagnostics.Add(ImrDiagnostics.SectionOutOfOrder.Create(headingSpan, sectionParser.Name, lastName));
        }
        else if (SectionOrder.SkippedAhead(orders, index, lastOrder) is int later and >= 0)
        {
            _session.Diagnostics.Add(ImrDiagnostics.SectionBeforeItsPlace.Create(headingSpan, sectionParser.Name, _layoutSections[orders[later]].Name));
        }
        else
        {
            (lastOrder, lastName) = (order, sectionParser.Name);
        }

        var context = new SectionContext(_session, sectionParser.Name, section.Body, heading);
        bool repeated = _seen.TryGetValue(sectionParser.Name, out int count);
        _seen[sectionParser.Name] = count + 1;
        bool sameHeading = !_headingsSeen.Add(section.Rule);
        if (repeated && !sectionParser.Repeats)
        {
            _session.Diagnostics.Add(ImrDiagnostics.RepeatedSection.Create(headingSpan, HeadingTextOf(heading, sectionParser), "the first one was kept and this one is unrecognized text."));
            context.Unrecognized(new LineRange(0, section.Body.Count));
            return;
        }

        // A section that may repeat is reported only when the same heading comes again: the
        // letterhead's two lines are two headings of one section.
        if (repeated && sameHeading)
        {
            _session.Diagnostics.Add(ImrDiagnostics.RepeatedSection.Create(headingSpan, HeadingTextOf(heading, sectionParser), "its items were added to the letter's items."));
        }

        Assign(context.ReadGuarded(static (context, parser) => parser.Parse(context), sectionParser, sectionParser.GetType().Name), context, sectionParser, headingSpan, heading);

    }

    // The heading as diagnostics quote it, made only for one.
    private string HeadingTextOf(TextValue? heading, SectionParser sectionParser) => heading?.Value ?? sectionParser.HeadingIn(_layout);

    private void Assign(object? result, SectionContext context, SectionParser sectionParser, TextSpan headingSpan, TextValue? heading)
    {
        switch (result)
        {
            case null:
                break;
            case ReviewerCredentials reviewer:
                _reviewer ??= reviewer;
                break;
            case CaseSummary caseSummary:
                _caseSummary ??= caseSummary;
                break;
            case LetterHeader header:
                _header ??= header;
                break;
            case SharedItemParts parts:
                _sharedParts.Add(parts);
                break;
            case ExtensionValue extension:
                _session.Extensions.Add(extension);
                break;
            case ImmutableArray<DisputedItem> items:
                if (items.IsEmpty)
                {
                    _session.Diagnostics.Add(ImrDiagnostics.NoItems.Create(headingSpan, HeadingTextOf(heading, sectionParser)));
                }

                foreach (var item in items)
                {
                    _items.Add(item.Number == _items.Count + 1 ? item : item with { Number = _items.Count + 1 });
                }

                break;
            default:
                // Never dropped without a word: the text stays, as unrecognized, with the reason.
                context.Report(ImrDiagnostics.UnknownSectionResult, context.SectionSpan, sectionParser.Name, sectionParser.GetType().Name, result.GetType().Name);
                context.Unrecognized(new LineRange(0, context.Lines.Length));
                break;
        }
    }

    // A section read without its heading: where the heading should have stood, and the line found there.
    private void ReportMissingHeading(SectionSyntax section)
    {
        var line = tokens.Lines[section.Body.Start];
        var sectionParser = parser.SectionForHeading(section.Rule);
        _session.Diagnostics.Add(ImrDiagnostics.MissingHeading.Create(
            tokens.GetSpan(line.ContentStart, 0), sectionParser.HeadingIn(_layout), Excerpt.Of(line.GetContent(text)), sectionParser.Name));
    }

    private void AddSection(string name, TextValue? heading, LineRange lines)
    {
        var all = tokens.Lines;
        var span = tokens.GetSpanFromBounds(all[lines.Start].ContentStart, all[lines.End - 1].ContentEnd);
        _sections.Add((name, heading, span, lines));
    }

    // Each section's full span runs from the start of its first line to the start of the next
    // section's first line, so the blank lines and page breaks between sections have one owner.
    private ImmutableArray<LetterSection> TileSections()
    {
        var all = tokens.Lines;
        var builder = ImmutableArray.CreateBuilder<LetterSection>(_sections.Count);
        for (int i = 0; i < _sections.Count; i++)
        {
            int start = i == 0 ? 0 : all[_sections[i].Lines.Start].Start;
            int end = i + 1 < _sections.Count ? all[_sections[i + 1].Lines.Start].Start : text.Length;
            var (name, heading, span, _) = _sections[i];
            builder.Add(new LetterSection { Name = name, Heading = heading, Span = span, FullSpan = tokens.GetSpanFromBounds(start, end) });
        }

        return builder.MoveToImmutable();
    }

    private void CheckCompleteness()
    {
        if (_layout == LetterLayout.Unknown)
        {
            return;
        }

        var lines = tokens.Lines;
        foreach (var section in _layoutSections.Where(section => section.IsRequired && !_seen.ContainsKey(section.Name)).DistinctBy(section => section.Name))
        {
            int at = NextSectionStart(section);
            _session.Diagnostics.Add(ImrDiagnostics.MissingSection.Create(tokens.GetSpan(at, 0), section.HeadingIn(_layout), section.Name));
        }

        var last = lines[^1];
        if ((_seen.ContainsKey("decisions") || _items.Count > 0) && !ItemHeads.EndsSentence(last.GetContent(text)))
        {
            var content = last.GetContent(text);
            _session.Diagnostics.Add(ImrDiagnostics.Truncated.Create(tokens.GetSpan(last.ContentStart, last.ContentLength), Excerpt.Of(content[Math.Max(0, content.Length - Excerpt.MaxLength)..])));
        }
    }

    // Where a missing section would have been: before the first present section that comes after it.
    private int NextSectionStart(SectionParser missing)
    {
        int order = _layoutSections.IndexOf(missing);
        foreach (var (name, _, span, _) in _sections)
        {
            int index = _layoutSections.FindIndex(s => s.Name == name);
            if (index > order)
            {
                return span.Start;
            }
        }

        return tokens.Lines[^1].ContentEnd;
    }

    private ImrParseError NotALetter(int offset)
    {
        var (line, column) = tokens.GetLinePosition(offset);
        string found = Excerpt.Of(text.AsSpan(offset));
        return new ImrParseError(
            $"Expected {HeaderTableDescription} at {line}:{column}, found {found}: the text is not an IMR Final Determination letter.",
            HeaderTableDescription,
            found,
            offset,
            line,
            column);
    }
}
