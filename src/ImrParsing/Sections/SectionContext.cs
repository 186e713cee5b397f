using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using ImrParsing.Diagnostics;
using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>
/// What a <see cref="SectionParser"/> sees of the letter: the section's body lines, the whole input
/// for spans, and a place to report diagnostics and unrecognized text.
/// </summary>
public sealed class SectionContext : IReaderContext
{
    private readonly ParseSession _session;
    private readonly LineRange _body;
    private Func<int, int, TextSpan>? _spanMaker;

    internal SectionContext(ParseSession session, string name, LineRange body, TextValue? heading = null)
    {
        _session = session;
        Name = name;
        _body = body;
        Heading = heading;
    }

    /// <summary>The section's name.</summary>
    public string Name { get; }

    /// <summary>The running parser's compiled rules: requests, guidelines, decision sentences, the header table.</summary>
    internal SectionRules Parser => _session.SectionRules;

    CitationRules IReaderContext.Citations => Parser.Citations;

    InputAsRead? IReaderContext.AsRead => _session.AsRead;

    /// <summary>The heading that opened the section, as the letter writes it; null for the text before the first heading.</summary>
    public TextValue? Heading { get; }

    /// <summary>
    /// The whole input as the rules read it: exactly as given, except that a character standing for
    /// a hyphen (U+2010, U+2011, U+00AD, U+2212) reads as '-' and the marks of Markdown around the
    /// words (a heading's "#"s, "**" and "_" of emphasis, a table's pipes) read as spaces. It has the
    /// input's length, so spans index into both; <see cref="Value"/> and <see cref="Spanned{T}"/>
    /// take their text from the input as given.
    /// </summary>
    public string Text => _session.Text;

    /// <summary>The section's body lines (the heading excluded); indexes below are into this list.</summary>
    public ReadOnlySpan<Line> Lines => _session.Tokens.Lines.Slice(_body.Start, _body.Count);

    internal Span<Line> MutableLines => _session.Tokens.MutableLines.Slice(_body.Start, _body.Count);

    /// <summary>The rule that classified <paramref name="line"/>, or null for plain text and decision lines.</summary>
    public LineRule? RuleOf(Line line) =>
        line.Kind is LineKind.Text or LineKind.Decision or LineKind.Request || line.Rule < 0 ? null : _session.Rules[line.Rule];

    /// <summary>The rule with index <paramref name="index"/> in the parser's rule list.</summary>
    internal LineRule Rule(int index) => _session.Rules[index];

    /// <summary>The decision word a decision line ends with (its <see cref="Line.Rule"/>).</summary>
    internal DecisionWord DecisionWord(int index) => _session.DecisionWords[index];

    /// <summary>The whole section: from its heading (or its first line, when it has none) to its last line.</summary>
    public TextSpan SectionSpan
    {
        get
        {
            var lines = Lines;
            int start = Heading?.Span.Start ?? (lines.IsEmpty ? 0 : lines[0].ContentStart);
            int end = lines.IsEmpty ? Heading?.Span.End ?? start : lines[^1].ContentEnd;
            return Span(start, Math.Max(start, end));
        }
    }

    /// <summary>
    /// Where the value of the label on <paramref name="label"/> begins: after the label's phrase,
    /// which an extractor may have wrapped onto the next lines, but no further than
    /// <paramref name="end"/> (the end of what the reader owns: its section or item part). A label
    /// whose wrapped rest lies beyond <paramref name="end"/> has no value there: <paramref name="end"/>.
    /// </summary>
    internal int AfterLabel(Line label, LineRule? rule, int end)
    {
        int length = rule is null ? -1 : Phrase.MatchLength(Text.AsSpan(label.ContentStart), rule.Phrase, spacedWords: true);
        return length < 0 ? label.ContentStart : Math.Min(label.ContentStart + length, Math.Max(end, label.ContentStart));
    }

    /// <summary><see cref="Span(int, int)"/> as a delegate, made once for all the section's readers.</summary>
    Func<int, int, TextSpan> IReaderContext.SpanMaker => _spanMaker ??= Span;

    /// <summary>A span from <paramref name="start"/> to <paramref name="end"/> (offsets into <see cref="Text"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offsets are not a range of <see cref="Text"/>: a reader's bug.</exception>
    public TextSpan Span(int start, int end)
    {
        CheckBounds(start, end, requireOrdered: true);
        return _session.Tokens.GetSpanFromBounds(start, end);
    }

    /// <summary>The span from the first to the last visible character of <paramref name="lines"/>.</summary>
    public TextSpan Span(LineRange lines)
    {
        var all = Lines;
        return lines.IsEmpty ? Span(all.Length > 0 ? all[0].ContentStart : 0, all.Length > 0 ? all[0].ContentStart : 0)
            : Span(all[lines.Start].ContentStart, all[lines.End - 1].ContentEnd);
    }

    /// <summary>The values from each range's start to its end (<see cref="Value(int, int)"/>), blank ones left out.</summary>
    internal ImmutableArray<TextValue> Values(ReadOnlySpan<(int Start, int End)> ranges)
    {
        var values = new TextValue[ranges.Length];
        int count = 0;
        foreach (var (start, end) in ranges)
        {
            if (Value(start, end) is { } value)
            {
                values[count++] = value;
            }
        }

        if (count == 0)
        {
            return [];
        }

        Array.Resize(ref values, count);
        return ImmutableCollectionsMarshal.AsImmutableArray(values);
    }

    /// <summary>
    /// The text from <paramref name="start"/> to <paramref name="end"/>, without the space at its
    /// ends; null when nothing is left (also when <paramref name="end"/> comes before <paramref name="start"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An offset lies outside <see cref="Text"/>: a reader's bug.</exception>
    public TextValue? Value(int start, int end)
    {
        CheckBounds(start, end, requireOrdered: false);
        while (start < end && CharSets.IsSpace(Text[start]))
        {
            start++;
        }

        while (end > start && CharSets.IsSpace(Text[end - 1]))
        {
            end--;
        }

        return end <= start ? null : TextValue.FromSource(_session.Source, _session.AsRead, Span(start, end));
    }

    /// <summary>A typed value read from the text from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public Spanned<T> Spanned<T>(T value, int start, int end) => Syntax.Spanned<T>.FromSource(value, _session.Source, Span(start, end));

    /// <summary>
    /// Every date the text from <paramref name="start"/> to <paramref name="end"/> states, in order, in
    /// any form the letters write ("10/14/2016", "dated 10-14-16", "of March 18, 2013"); read the same
    /// way whatever extractor produced the text.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The offsets are not a range of <see cref="Text"/>: a reader's bug.</exception>
    public ImmutableArray<Spanned<DateOnly>> Dates(int start, int end)
    {
        CheckBounds(start, end, requireOrdered: true);
        using var tokens = WordLexer.Lex(Text, start, end);
        return [.. NarrativeDates.Find(Text, tokens).Select(date => Spanned(date.Date, date.Start, date.End))];
    }

    /// <summary>Reports a diagnostic.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        _session.Diagnostics.Add(descriptor.Create(span, arguments));
    }

    /// <summary>Keeps the text from <paramref name="start"/> to <paramref name="end"/> as unrecognized, with a warning.</summary>
    public void Unrecognized(int start, int end)
    {
        if (Value(start, end) is { } text)
        {
            _session.Unrecognized.Add(new UnrecognizedText { Section = Name, Text = text });
            Report(ImrDiagnostics.UnrecognizedText, text.Span, Describe(Name), Excerpt.Of(text.SourceSpan));
        }
    }

    /// <summary>Keeps <paramref name="lines"/> as unrecognized text, with a warning.</summary>
    public void Unrecognized(LineRange lines)
    {
        if (!lines.IsEmpty)
        {
            var all = Lines;
            Unrecognized(all[lines.Start].ContentStart, all[lines.End - 1].ContentEnd);
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> on this section so that a bug in it costs the section, not the
    /// letter: when it throws, what it had reported is taken back, the section's lines are kept as
    /// unrecognized text, and an <see cref="ImrDiagnostics.SectionReaderFailed"/> error names the
    /// section, the <paramref name="reader"/> and the exception's type (not its message or stack,
    /// which may quote the letter).
    /// </summary>
    internal T? ReadGuarded<T>(Func<SectionContext, T?> read, string reader)
        where T : class => ReadGuarded(static (context, read) => read(context), read, reader);

    /// <inheritdoc cref="ReadGuarded{T}(Func{SectionContext, T}, string)"/>
    internal T? ReadGuarded<TState, T>(Func<SectionContext, TState, T?> read, TState state, string reader)
        where T : class
    {
        int diagnostics = _session.Diagnostics.Count;
        int unrecognized = _session.Unrecognized.Count;
        int extensions = _session.Extensions.Count;
        try
        {
            return read(this, state);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _session.Diagnostics.RemoveRange(diagnostics, _session.Diagnostics.Count - diagnostics);
            _session.Unrecognized.RemoveRange(unrecognized, _session.Unrecognized.Count - unrecognized);
            _session.Extensions.RemoveRange(extensions, _session.Extensions.Count - extensions);
            Report(ImrDiagnostics.SectionReaderFailed, SectionSpan, Describe(Name), reader, exception.GetType().FullName);
            Unrecognized(new LineRange(0, Lines.Length));
            return null;
        }
    }

    /// <summary>Adds a value to the document's extensions (a header field the model has no property for).</summary>
    internal void AddExtension(ExtensionValue value) => _session.Extensions.Add(value);

    // Offsets a reader computed, checked where they become spans into the letter: one computed on
    // other text (a canonical form, a line joined with the next) fails here, not as a wrong span.
    private void CheckBounds(int start, int end, bool requireOrdered)
    {
        if ((uint)start > (uint)Text.Length || (uint)end > (uint)Text.Length || (requireOrdered && end < start))
        {
            throw new ArgumentOutOfRangeException(
                nameof(start),
                string.Create(CultureInfo.InvariantCulture, $"The range from {start} to {end} is not a range of the letter's {Text.Length} characters."));
        }
    }

    private static string Describe(string section) => section switch
    {
        "preamble" => "text before the first heading",
        _ => $"{section} section",
    };
}
