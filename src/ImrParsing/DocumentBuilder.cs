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
/// out-of-order sections, a truncated ending). <paramref name="source"/> is the input as given, which
/// values and excerpts are taken from; the rules read <paramref name="tokens"/>' text
/// (<see cref="ReadableText"/>: the same offsets, but inside a word whose kerning space moved, which the tokens' spans map).
/// </summary>
internal sealed class DocumentBuilder(ImrParser parser, string source, LineTokens tokens)
{
    private const string HeaderTableDescription = "the header table (\"Case Number: ...\") or a section heading such as \"HOW THE IMR FINAL DETERMINATION WAS MADE\"";

    // The collections a parse fills, kept per thread and emptied after it: only the document is made.
    private readonly Scratch _scratch = PerThread<Scratch>.Take() ?? new();
    private ParseSession _session = null!;
    private List<(string Name, TextValue? Heading, TextSpan Span, LineRange Lines)> _sections = null!;
    private List<DisputedItem> _items = null!;
    private Dictionary<string, int> _seen = null!;
    private List<SharedItemParts> _sharedParts = null!;
    private HashSet<int> _headingsSeen = null!;
    private List<SectionParser> _layoutSections = null!;
    private LetterHeader? _header;
    private ReviewerCredentials? _reviewer;
    private CaseSummary? _caseSummary;
    private LetterLayout _layout;

    public bool TryBuild([NotNullWhen(true)] out ImrDocument? document, [NotNullWhen(false)] out ImrParseError? error)
    {
        _session = new ParseSession(parser.SectionRules, source, tokens, _scratch.Diagnostics, _scratch.Unrecognized, _scratch.Extensions);
        (_sections, _items, _seen, _sharedParts, _headingsSeen, _layoutSections) =
            (_scratch.Sections, _scratch.Items, _scratch.Seen, _scratch.SharedParts, _scratch.HeadingsSeen, _scratch.LayoutSections);

        // A parse that throws (a bug) leaves the collections to the collector; the next one makes new ones.
        bool built = Build(out document, out error);
        _scratch.Clear();
        PerThread<Scratch>.Give(_scratch);
        return built;
    }

    private bool Build([NotNullWhen(true)] out ImrDocument? document, [NotNullWhen(false)] out ImrParseError? error)
    {
        document = null;
        var lines = tokens.Lines;
        var letter = LetterGrammar.Letter.Parse(lines, ScratchConfiguration.For<Line>());
        if (lines.IsEmpty || !letter.Success)
        {
            error = NotALetter(lines.IsEmpty ? source.Length : FirstVisible(lines[0]));
            return false;
        }

        if (!letter.Value.Preamble.IsEmpty)
        {
            ReadPreamble(letter.Value.Preamble);
        }

        if (letter.Value.Sections.IsEmpty && _header is null)
        {
            error = NotALetter(FirstVisible(lines[0]));
            return false;
        }

        var found = _scratch.Found;
        foreach (var section in letter.Value.Sections)
        {
            found.Add(parser.SectionForHeading(section.Rule));
        }

        _layout = SectionOrder.LayoutOf(found);
        foreach (var section in parser.Sections)
        {
            if (section.Layouts.Contains(_layout))
            {
                _layoutSections.Add(section);
            }
        }

        var recovered = _scratch.Recovered;
        var sections = MissingHeadings.Recover(parser, tokens.Text, lines, letter.Value.Sections, _layout, recovered);
        int[] orders = new int[sections.Length];
        for (int k = 0; k < sections.Length; k++)
        {
            orders[k] = _layoutSections.IndexOf(parser.SectionForHeading(sections[k].Rule));
        }

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
            Source = tokens.ToSourceText(source),
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
            : HeadingValue(lines[section.Heading.Start].ContentStart, lines[section.Heading.End - 1].ContentEnd);
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

        Assign(context.ReadGuarded(static (context, parser) => parser.Parse(context), sectionParser, sectionParser.ReaderName), context, sectionParser, headingSpan, heading);

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
                context.Report(ImrDiagnostics.UnknownSectionResult, context.SectionSpan, sectionParser.Name, sectionParser.ReaderName, result.GetType().Name);
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
            tokens.GetSpan(line.ContentStart, 0), sectionParser.HeadingIn(_layout), Excerpt.Of(line.GetContent(tokens.Text)), sectionParser.Name));
    }

    private TextValue HeadingValue(int start, int end) => TextValue.FromSource(source, _session.AsRead, tokens.GetSpanFromBounds(start, end));

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
            int end = i + 1 < _sections.Count ? all[_sections[i + 1].Lines.Start].Start : source.Length;
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
        for (int k = 0; k < _layoutSections.Count; k++)
        {
            var section = _layoutSections[k];
            if (!section.IsRequired || _seen.ContainsKey(section.Name) || IsNamedBefore(k))
            {
                continue;
            }

            int at = NextSectionStart(section);
            _session.Diagnostics.Add(ImrDiagnostics.MissingSection.Create(tokens.GetSpan(at, 0), section.HeadingIn(_layout), section.Name));
        }

        var last = lines[^1];
        if ((_seen.ContainsKey("decisions") || _items.Count > 0) && !ItemHeads.EndsSentence(last.GetContent(tokens.Text)))
        {
            var content = last.GetContent(tokens.Text);
            _session.Diagnostics.Add(ImrDiagnostics.Truncated.Create(tokens.GetSpan(last.ContentStart, last.ContentLength), Excerpt.Of(content[Math.Max(0, content.Length - Excerpt.MaxLength)..])));
        }
    }

    // True when a required section of the layout before the one at `index` has its name (reported once).
    private bool IsNamedBefore(int index)
    {
        for (int k = 0; k < index; k++)
        {
            if (_layoutSections[k].IsRequired && _layoutSections[k].Name == _layoutSections[index].Name)
            {
                return true;
            }
        }

        return false;
    }

    // Where a missing section would have been: before the first present section that comes after it.
    private int NextSectionStart(SectionParser missing)
    {
        int order = _layoutSections.IndexOf(missing);
        foreach (var (name, _, span, _) in _sections)
        {
            if (IndexOfName(name) > order)
            {
                return span.Start;
            }
        }

        return tokens.Lines[^1].ContentEnd;
    }

    private int IndexOfName(string name)
    {
        for (int k = 0; k < _layoutSections.Count; k++)
        {
            if (_layoutSections[k].Name == name)
            {
                return k;
            }
        }

        return -1;
    }

    // Where a line's text starts in the input as given: a Markdown mark the rules read as a space is
    // still what the reader of an error sees first.
    private int FirstVisible(Line line)
    {
        int at = line.Start;
        while (at < line.ContentStart && CharSets.IsSpace(source[at]))
        {
            at++;
        }

        return at;
    }

    private ImrParseError NotALetter(int offset)
    {
        var (line, column) = tokens.GetLinePosition(offset);
        string found = Excerpt.Of(source.AsSpan(offset));
        return new ImrParseError(
            $"Expected {HeaderTableDescription} at {line}:{column}, found {found}: the text is not an IMR Final Determination letter.",
            HeaderTableDescription,
            found,
            offset,
            line,
            column);
    }

    // The collections of one parse, kept per thread; emptied when given back so that no letter's
    // values stay reachable from the thread after its parse.
    private sealed class Scratch
    {
        public List<Diagnostic> Diagnostics { get; } = [];

        public List<UnrecognizedText> Unrecognized { get; } = [];

        public List<ExtensionValue> Extensions { get; } = [];

        public List<(string Name, TextValue? Heading, TextSpan Span, LineRange Lines)> Sections { get; } = [];

        public List<DisputedItem> Items { get; } = [];

        public Dictionary<string, int> Seen { get; } = [];

        public List<SharedItemParts> SharedParts { get; } = [];

        public HashSet<int> HeadingsSeen { get; } = [];

        public List<SectionParser> LayoutSections { get; } = [];

        public List<SectionParser> Found { get; } = [];

        public List<SectionSyntax> Recovered { get; } = [];

        public void Clear()
        {
            Diagnostics.Clear();
            Unrecognized.Clear();
            Extensions.Clear();
            Sections.Clear();
            Items.Clear();
            Seen.Clear();
            SharedParts.Clear();
            HeadingsSeen.Clear();
            LayoutSections.Clear();
            Found.Clear();
            Recovered.Clear();
        }
    }
}
