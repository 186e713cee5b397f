using System.Buffers;
using System.Collections.Immutable;
using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Sections;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The header table's parser as it was before <see cref="HeaderTableParser"/> read each value's kinds
/// and date once and kept its pairs in reading order by token: the pairs in a dictionary keyed by the
/// label's name, hash sets of tokens, every value tried again for each kind and each date read again
/// to build the header; over the tokens of <see cref="SearchedHeaderTableGrammar"/>. The baseline
/// of `HeaderTableParserBenchmarks` and the tests' reference for the parser (shared as source).
/// </summary>
internal static class DictionaryHeaderTableParser
{
    /// <summary>
    /// Reads the header from the lines in <paramref name="context"/>; null when they hold no header
    /// label, in which case they are kept as unrecognized text.
    /// </summary>
    public static LetterHeader? Parse(SectionContext context, SearchedHeaderTableGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(grammar);
        var lines = context.Lines;
        if (lines.IsEmpty)
        {
            return null;
        }

        int start = lines[0].ContentStart;
        int end = lines[^1].ContentEnd;
        var buffer = ArrayPool<HeaderToken>.Shared.Rent(64);
        try
        {
            int count = grammar.Read(context.Text, start, end, ref buffer);
            return Parse(context, buffer.AsSpan(0, count), start, end);
        }
        finally
        {
            ArrayPool<HeaderToken>.Shared.Return(buffer, clearArray: true);
        }
    }

    private static LetterHeader? Parse(SectionContext context, ReadOnlySpan<HeaderToken> tokens, int start, int end)
    {
        int labelCount = 0;
        foreach (var token in tokens)
        {
            labelCount += token.Kind == HeaderTokenKind.Label ? 1 : 0;
        }

        if (labelCount == 0)
        {
            context.Unrecognized(start, end);
            return null;
        }

        // A letter's table is read with the thread's collections, emptied: only the header is made.
        var scratch = PerThread<DictionaryScratch>.Take() ?? new();
        try
        {
            return Parse(context, tokens, scratch, labelCount);
        }
        finally
        {
            scratch.Clear();
            PerThread<DictionaryScratch>.Give(scratch);
        }
    }

    private static LetterHeader? Parse(SectionContext context, ReadOnlySpan<HeaderToken> tokens, DictionaryScratch scratch, int labelCount)
    {
        var values = scratch.Values;
        var waiting = scratch.Waiting;
        var dateLabels = scratch.DateLabels;
        var unpairedDates = scratch.UnpairedDates;
        var besideLabel = scratch.BesideLabel;
        values.EnsureCapacity(labelCount);
        HeaderToken? previous = null;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case HeaderTokenKind.Label:
                    waiting.Add(token);
                    if (HeaderDateOrder.Rank(token.Label!.Field) >= 0 && token.Label.Expects == HeaderValueKind.Date)
                    {
                        dateLabels.Add(token);
                    }

                    break;
                case HeaderTokenKind.Value:
                    Assign(context, token, waiting, previous, values, unpairedDates);
                    if (previous is { Kind: HeaderTokenKind.Label } label && values.TryGetValue(label.Label!.Name, out var taken) && taken.Value == token)
                    {
                        besideLabel.Add(label);
                    }

                    break;
            }

            previous = token;
        }

        var paired = unpairedDates.Count == 0 ? [] : PairByDateOrder(context, dateLabels, besideLabel, unpairedDates, values);
        for (int i = 0; i < waiting.Count; i++)
        {
            if (waiting.WaitingAt(i) is not { } label || paired.Contains(label))
            {
                continue;
            }

            context.Report(ImrDiagnostics.MissingHeaderValue, Span(context, label), label.Label!.Phrase.TrimEnd(':'));
        }

        return Build(context, values, context.Span(tokens[0].Start, tokens[^1].End));
    }

    private static void Assign(
        SectionContext context,
        HeaderToken value,
        BaselineWaitingLabels waiting,
        HeaderToken? previous,
        Dictionary<string, (HeaderLabel Label, HeaderToken Value)> values,
        List<HeaderToken> unpairedDates)
    {
        var text = Text(context, value);
        if (waiting.TakeFirstFor(text) is { } match)
        {
            values[match.Label!.Name] = (match.Label!, value);
            return;
        }

        if (previous is { Kind: HeaderTokenKind.Label } label && waiting.RemoveLast(label))
        {
            // "Date Assigned: pending": the value sits right after its label but is not of its kind.
            context.Report(ImrDiagnostics.InvalidHeaderValue, Span(context, value), HeaderGrammar.Describe(label.Label!.Expects), label.Label.Phrase.TrimEnd(':'), Excerpt.Of(text));
            context.Unrecognized(value.Start, value.End);
        }
        else if (HeaderGrammar.IsValueOfKind(text, HeaderValueKind.Date))
        {
            // A date before its label, or one position gave another: the order of the dates decides.
            unpairedDates.Add(value);
        }
        else
        {
            Unpaired(context, value);
        }
    }

    private static void Unpaired(SectionContext context, HeaderToken value)
    {
        context.Report(ImrDiagnostics.UnpairedHeaderValue, Span(context, value), Excerpt.Of(Text(context, value)));
        context.Unrecognized(value.Start, value.End);
    }

    // Pairs the dates again, those position paired and those it left over, by the order a case's
    // dates must follow; returns the date labels that now have a value.
    private static HashSet<HeaderToken> PairByDateOrder(
        SectionContext context,
        List<HeaderToken> labels,
        HashSet<HeaderToken> besideLabel,
        List<HeaderToken> unpaired,
        Dictionary<string, (HeaderLabel Label, HeaderToken Value)> values)
    {
        var candidates = new List<HeaderDateOrder.Candidate>();
        var slots = new List<HeaderDateOrder.Slot>();
        foreach (var label in labels)
        {
            int positional = -1;
            if (values.TryGetValue(label.Label!.Name, out var found) && found.Label == label.Label && DateOf(found.Value) is { } date)
            {
                positional = candidates.Count;
                candidates.Add(new(found.Value, date));
            }

            slots.Add(new(label, positional, positional >= 0 && besideLabel.Contains(label)));
        }

        foreach (var value in unpaired)
        {
            if (DateOf(value) is { } date)
            {
                candidates.Add(new(value, date));
            }
        }

        var pairing = HeaderDateOrder.Resolve(slots, candidates);
        if (pairing is null)
        {
            unpaired.ForEach(value => Unpaired(context, value));
            return [];
        }

        var paired = new HashSet<HeaderToken>();
        var used = new HashSet<int>();
        for (int s = 0; s < slots.Count; s++)
        {
            var label = slots[s].Label;
            values.Remove(label.Label!.Name);
            if (pairing[s] >= 0)
            {
                values[label.Label.Name] = (label.Label, candidates[pairing[s]].Value);
                used.Add(pairing[s]);
                paired.Add(label);
            }
            else if (pairing[s] == -2)
            {
                paired.Add(label);
                context.Report(ImrDiagnostics.AmbiguousHeaderValue, Span(context, label), label.Label.Phrase.TrimEnd(':'));
            }
            else if (slots[s].Positional >= 0)
            {
                paired.Add(label);
                context.Report(ImrDiagnostics.MissingHeaderValue, Span(context, label), label.Label.Phrase.TrimEnd(':'));
            }
        }

        for (int c = 0; c < candidates.Count; c++)
        {
            if (!used.Contains(c))
            {
                Unpaired(context, candidates[c].Value);
            }
        }

        return paired;

        DateOnly? DateOf(HeaderToken value) =>
            DateGrammar.TryReadNumeric(Text(context, value), out var parsed, out _) ? parsed : null;
    }

    private static LetterHeader Build(
        SectionContext context,
        Dictionary<string, (HeaderLabel Label, HeaderToken Value)> values,
        TextSpan span)
    {
        List<(HeaderLabel Label, HeaderToken Value)>? extensions = null;
        foreach (var pair in values.Values)
        {
            if (pair.Label.Field == HeaderField.Other)
            {
                (extensions ??= []).Add(pair);
            }
        }

        if (extensions is not null)
        {
            extensions.Sort(static (a, b) => a.Value.Start.CompareTo(b.Value.Start));
            foreach (var (label, value) in extensions)
            {
                AddExtension(context, label, value);
            }
        }

        return new LetterHeader
        {
            CaseNumber = Text(HeaderField.CaseNumber),
            DateAssigned = Date(HeaderField.DateAssigned),
            DecisionDate = Date(HeaderField.DecisionDate),
            Priority = Text(HeaderField.Priority),
            DateOfInjury = Date(HeaderField.DateOfInjury),
            UrDenialDate = Date(HeaderField.UrDenialDate),
            ApplicationReceived = Date(HeaderField.ApplicationReceived),
            Span = span,
        };

        HeaderToken? Find(HeaderField field)
        {
            foreach (var (label, value) in values.Values)
            {
                if (label.Field == field)
                {
                    return value;
                }
            }

            return null;
        }

        TextValue? Text(HeaderField field) =>
            Find(field) is { } found ? context.Value(found.Start, found.End) : null;

        Spanned<DateOnly>? Date(HeaderField field) =>
            Find(field) is { } found ? ReadDate(context, found) : null;
    }

    // A field the model has no property for lands in the document's extensions under its name.
    private static void AddExtension(SectionContext context, HeaderLabel label, HeaderToken value)
    {
        if (label.Expects == HeaderValueKind.Date)
        {
            if (ReadDate(context, value) is { } date)
            {
                context.AddExtension(ExtensionValue.Create(label.Name, date, date.Span, HeaderValueJsonContext.Default.SpannedDateOnly));
            }
        }
        else if (context.Value(value.Start, value.End) is { } text)
        {
            context.AddExtension(ExtensionValue.Create(label.Name, text, text.Span, HeaderValueJsonContext.Default.TextValue));
        }
    }

    private static Spanned<DateOnly>? ReadDate(SectionContext context, HeaderToken value) =>
        DateGrammar.TryReadNumeric(Text(context, value), out var parsed, out _) ? context.Spanned(parsed, value.Start, value.End) : null;

    private static ReadOnlySpan<char> Text(SectionContext context, HeaderToken token) =>
        context.Text.AsSpan(token.Start, token.End - token.Start);

    private static TextSpan Span(SectionContext context, HeaderToken token) => context.Span(token.Start, token.End);

    // The collections a table is read with, kept per thread (emptied after each table, so that no
    // token of a letter stays reachable from the thread).
    private sealed class DictionaryScratch
    {
        public Dictionary<string, (HeaderLabel Label, HeaderToken Value)> Values { get; } = [];

        public BaselineWaitingLabels Waiting { get; } = new(8);

        public List<HeaderToken> DateLabels { get; } = [];

        public List<HeaderToken> UnpairedDates { get; } = [];

        public HashSet<HeaderToken> BesideLabel { get; } = [];

        public void Clear()
        {
            Values.Clear();
            Waiting.Clear();
            DateLabels.Clear();
            UnpairedDates.Clear();
            BesideLabel.Clear();
        }
    }
}
