using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Sections;

/// <summary>
/// Reads the header table before the first heading. <see cref="HeaderGrammar"/> gives its labels and
/// values in reading order; each value goes to the earliest label still waiting for a value of its
/// kind, which pairs them whether an extractor kept each pair on one line or wrote all labels
/// before all values.
/// </summary>
internal static class HeaderTableParser
{
    /// <summary>
    /// Reads the header from the lines in <paramref name="context"/>; null when they hold no header
    /// label, in which case they are kept as unrecognized text.
    /// </summary>
    public static LetterHeader? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        if (lines.IsEmpty)
        {
            return null;
        }

        int origin = lines[0].ContentStart;
        int end = lines[^1].ContentEnd;
        bool tokensMatched = context.Parser.HeaderTable.Table.TryMatch(context.Text.AsSpan(origin, end - origin), out var tokens);
        if (!tokensMatched || !tokens.Any(token => token.Kind == HeaderTokenKind.Label))
        {
            context.Unrecognized(origin, end);
            return null;
        }

        var values = new Dictionary<string, (HeaderLabel Label, OffsetRange Range)>();
        var waiting = new WaitingLabels();
        var dateLabels = new List<HeaderToken>();
        var unpairedDates = new List<HeaderToken>();
        var besideLabel = new HashSet<HeaderToken>();
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
                    Assign(context, token, origin, waiting, previous, values, unpairedDates);
                    if (previous is { Kind: HeaderTokenKind.Label } label && values.TryGetValue(label.Label!.Name, out var taken) && taken.Range == token.Range)
                    {
                        besideLabel.Add(label);
                    }

                    break;
            }

            previous = token;
        }

        var paired = unpairedDates.Count == 0 ? [] : PairByDateOrder(context, origin, dateLabels, besideLabel, unpairedDates, values);
        foreach (var label in waiting.Remaining.Where(label => !paired.Contains(label)))
        {
            context.Report(ImrDiagnostics.MissingHeaderValue, Span(context, label.Range, origin), label.Label!.Phrase.TrimEnd(':'));
        }

        return Build(context, values, origin, tokens);
    }

    private static void Assign(
        SectionContext context,
        HeaderToken value,
        int origin,
        WaitingLabels waiting,
        HeaderToken? previous,
        Dictionary<string, (HeaderLabel Label, OffsetRange Range)> values,
        List<HeaderToken> unpairedDates)
    {
        var text = context.Text.AsSpan(value.Range.Start + origin, value.Range.Length);
        if (waiting.TakeFirstFor(text) is { } match)
        {
            values[match.Label!.Name] = (match.Label!, value.Range);
            return;
        }

        if (previous is { Kind: HeaderTokenKind.Label } label && waiting.RemoveLast(label))
        {
            // "Date Assigned: pending": the value sits right after its label but is not of its kind.
            context.Report(ImrDiagnostics.InvalidHeaderValue, Span(context, value.Range, origin), HeaderGrammar.Describe(label.Label!.Expects), label.Label.Phrase.TrimEnd(':'), Excerpt.Of(text));
            context.Unrecognized(value.Range.Start + origin, value.Range.End + origin);
        }
        else if (HeaderGrammar.IsValueOfKind(text, HeaderValueKind.Date))
        {
            // A date before its label, or one position gave another: the order of the dates decides.
            unpairedDates.Add(value);
        }
        else
        {
            Unpaired(context, value.Range, origin);
        }
    }

    private static void Unpaired(SectionContext context, OffsetRange range, int origin)
    {
        context.Report(ImrDiagnostics.UnpairedHeaderValue, Span(context, range, origin), Excerpt.Of(context.Text.AsSpan(range.Start + origin, range.Length)));
        context.Unrecognized(range.Start + origin, range.End + origin);
    }

    // Pairs the dates again, those position paired and those it left over, by the order a case's
    // dates must follow; returns the date labels that now have a value.
    private static HashSet<HeaderToken> PairByDateOrder(
        SectionContext context,
        int origin,
        List<HeaderToken> labels,
        HashSet<HeaderToken> besideLabel,
        List<HeaderToken> unpaired,
        Dictionary<string, (HeaderLabel Label, OffsetRange Range)> values)
    {
        var candidates = new List<HeaderDateOrder.Candidate>();
        var slots = new List<HeaderDateOrder.Slot>();
        foreach (var label in labels)
        {
            int positional = -1;
            if (values.TryGetValue(label.Label!.Name, out var found) && found.Label == label.Label && DateOf(found.Range) is { } date)
            {
                positional = candidates.Count;
                candidates.Add(new(found.Range, date));
            }

            slots.Add(new(label, positional, positional >= 0 && besideLabel.Contains(label)));
        }

        foreach (var value in unpaired)
        {
            if (DateOf(value.Range) is { } date)
            {
                candidates.Add(new(value.Range, date));
            }
        }

        var pairing = HeaderDateOrder.Resolve(slots, candidates);
        if (pairing is null)
        {
            unpaired.ForEach(value => Unpaired(context, value.Range, origin));
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
                values[label.Label.Name] = (label.Label, candidates[pairing[s]].Range);
                used.Add(pairing[s]);
                paired.Add(label);
            }
            else if (pairing[s] == -2)
            {
                paired.Add(label);
                context.Report(ImrDiagnostics.AmbiguousHeaderValue, Span(context, label.Range, origin), label.Label.Phrase.TrimEnd(':'));
            }
            else if (slots[s].Positional >= 0)
            {
                paired.Add(label);
                context.Report(ImrDiagnostics.MissingHeaderValue, Span(context, label.Range, origin), label.Label.Phrase.TrimEnd(':'));
            }
        }

        for (int c = 0; c < candidates.Count; c++)
        {
            if (!used.Contains(c))
            {
                Unpaired(context, candidates[c].Range, origin);
            }
        }

        return paired;

        DateOnly? DateOf(OffsetRange range) =>
            DateGrammar.Numeric.TryMatch(context.Text.AsSpan(range.Start + origin, range.Length), out var parsed) ? parsed : null;
    }

    private static LetterHeader Build(
        SectionContext context,
        Dictionary<string, (HeaderLabel Label, OffsetRange Range)> values,
        int origin,
        ImmutableArray<HeaderToken> tokens)
    {
        foreach (var (label, range) in values.Values.Where(value => value.Label.Field == HeaderField.Other).OrderBy(value => value.Range.Start))
        {
            AddExtension(context, label, new OffsetRange(range.Start + origin, range.End + origin));
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
            Span = context.Span(tokens[0].Range.Start + origin, tokens[^1].Range.End + origin),
        };

        (HeaderLabel Label, OffsetRange Range)? Find(HeaderField field) =>
            values.Values.FirstOrDefault(value => value.Label.Field == field) is { Label: not null } found ? found : null;

        TextValue? Text(HeaderField field) =>
            Find(field) is { } found ? context.Value(found.Range.Start + origin, found.Range.End + origin) : null;

        Spanned<DateOnly>? Date(HeaderField field) =>
            Find(field) is { } found ? ReadDate(context, new OffsetRange(found.Range.Start + origin, found.Range.End + origin)) : null;
    }

    // A field the model has no property for lands in the document's extensions under its name.
    private static void AddExtension(SectionContext context, HeaderLabel label, OffsetRange range)
    {
        if (label.Expects == HeaderValueKind.Date)
        {
            if (ReadDate(context, range) is { } date)
            {
                context.AddExtension(ExtensionValue.Create(label.Name, date, date.Span, HeaderValueJsonContext.Default.SpannedDateOnly));
            }
        }
        else if (context.Value(range.Start, range.End) is { } text)
        {
            context.AddExtension(ExtensionValue.Create(label.Name, text, text.Span, HeaderValueJsonContext.Default.TextValue));
        }
    }

    private static Spanned<DateOnly>? ReadDate(SectionContext context, OffsetRange range)
    {
        return DateGrammar.Numeric.TryMatch(context.Text.AsSpan(range.Start, range.Length), out var parsed)
            ? context.Spanned(parsed, range.Start, range.End)
            : null;
    }

    private static TextSpan Span(SectionContext context, OffsetRange range, int origin) =>
        context.Span(range.Start + origin, range.End + origin);
}
