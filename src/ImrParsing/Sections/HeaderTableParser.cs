using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
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
    private const int DateKind = 1 << (int)HeaderValueKind.Date;

    // The fields the model has a property for: CaseNumber to ApplicationReceived.
    private const int ModelFields = (int)HeaderField.Other;

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

        int start = lines[0].ContentStart;
        int end = lines[^1].ContentEnd;

        // A letter's table is read with the thread's buffers, emptied: only the header is made.
        var scratch = PerThread<Scratch>.Take() ?? new();
        int count = 0;
        try
        {
            var buffer = scratch.Tokens;
            count = context.Parser.HeaderTable.Read(context.Text, start, end, ref buffer);
            scratch.Tokens = buffer;
            var tokens = buffer.AsSpan(0, count);
            if (!HasLabel(tokens))
            {
                context.Unrecognized(start, end);
                return null;
            }

            return Parse(context, tokens, scratch.FactsFor(count), scratch);
        }
        finally
        {
            scratch.Clear(count);
            PerThread<Scratch>.Give(scratch);
        }
    }

    private static bool HasLabel(ReadOnlySpan<HeaderToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == HeaderTokenKind.Label)
            {
                return true;
            }
        }

        return false;
    }

    private static LetterHeader? Parse(SectionContext context, ReadOnlySpan<HeaderToken> tokens, Span<TokenFacts> facts, Scratch scratch)
    {
        var pairs = scratch.Pairs;
        var waiting = scratch.Waiting;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case HeaderTokenKind.Label:
                    waiting.Add(i, token.Label!.Expects);
                    if (HeaderDateOrder.Rank(token.Label.Field) >= 0 && token.Label.Expects == HeaderValueKind.Date)
                    {
                        scratch.DateLabels.Add(i);
                    }

                    break;
                case HeaderTokenKind.Value:
                    Assign(context, tokens, facts, i, scratch);
                    if (i > 0 && tokens[i - 1] is { Kind: HeaderTokenKind.Label } label && pairs.TryGet(label.Label!.Name, out _, out int taken) && taken == i)
                    {
                        facts[i - 1].BesideLabel = true;
                    }

                    break;
            }
        }

        if (scratch.UnpairedDates.Count > 0)
        {
            PairByDateOrder(context, tokens, facts, scratch);
        }

        for (int i = 0; i < waiting.Count; i++)
        {
            int label = waiting.WaitingAt(i);
            if (label < 0 || facts[label].Paired)
            {
                continue;
            }

            context.Report(ImrDiagnostics.MissingHeaderValue, Span(context, tokens[label]), tokens[label].Label!.Phrase.TrimEnd(':'));
        }

        return Build(context, tokens, facts, pairs, context.Span(tokens[0].Start, tokens[^1].End));
    }

    // Reads the value's kinds and date once: pairing, the date order and the header all use them.
    private static void Assign(SectionContext context, ReadOnlySpan<HeaderToken> tokens, Span<TokenFacts> facts, int index, Scratch scratch)
    {
        var value = tokens[index];
        var text = Text(context, value);
        int kinds = facts[index].Kinds = HeaderGrammar.KindsOf(text, out facts[index].Date);
        int match = scratch.Waiting.TakeFirstFor(kinds);
        if (match >= 0)
        {
            scratch.Pairs.Set(tokens[match].Label!, index);
            return;
        }

        if (index > 0 && tokens[index - 1] is { Kind: HeaderTokenKind.Label } label && scratch.Waiting.RemoveLast(index - 1))
        {
            // "Date Assigned: pending": the value sits right after its label but is not of its kind.
            context.Report(ImrDiagnostics.InvalidHeaderValue, Span(context, value), HeaderGrammar.Describe(label.Label!.Expects), label.Label.Phrase.TrimEnd(':'), Excerpt.Of(text));
            context.Unrecognized(value.Start, value.End);
        }
        else if ((kinds & DateKind) != 0)
        {
            // A date before its label, or one position gave another: the order of the dates decides.
            scratch.UnpairedDates.Add(index);
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
    // dates must follow; marks the date labels that now have a value.
    private static void PairByDateOrder(SectionContext context, ReadOnlySpan<HeaderToken> tokens, Span<TokenFacts> facts, Scratch scratch)
    {
        var pairs = scratch.Pairs;
        var candidates = new List<HeaderDateOrder.Candidate>();
        var candidateTokens = new List<int>();
        var slots = new List<HeaderDateOrder.Slot>();
        foreach (int index in scratch.DateLabels)
        {
            var label = tokens[index];
            int positional = -1;
            if (pairs.TryGet(label.Label!.Name, out var foundLabel, out int found) && foundLabel == label.Label && DateIn(context, tokens[found], facts[found]) is { } date)
            {
                positional = candidates.Count;
                candidates.Add(new(tokens[found], date));
                candidateTokens.Add(found);
            }

            slots.Add(new(label, positional, positional >= 0 && facts[index].BesideLabel));
        }

        foreach (int value in scratch.UnpairedDates)
        {
            if (DateIn(context, tokens[value], facts[value]) is { } date)
            {
                candidates.Add(new(tokens[value], date));
                candidateTokens.Add(value);
            }
        }

        var pairing = HeaderDateOrder.Resolve(slots, candidates);
        if (pairing is null)
        {
            foreach (int value in scratch.UnpairedDates)
            {
                Unpaired(context, tokens[value]);
            }

            return;
        }

        var used = new bool[candidates.Count];
        for (int s = 0; s < slots.Count; s++)
        {
            var label = slots[s].Label;
            ref var labelFacts = ref facts[scratch.DateLabels[s]];
            pairs.Remove(label.Label!.Name);
            if (pairing[s] >= 0)
            {
                pairs.Set(label.Label, candidateTokens[pairing[s]]);
                used[pairing[s]] = true;
                labelFacts.Paired = true;
            }
            else if (pairing[s] == -2)
            {
                labelFacts.Paired = true;
                context.Report(ImrDiagnostics.AmbiguousHeaderValue, Span(context, label), label.Label.Phrase.TrimEnd(':'));
            }
            else if (slots[s].Positional >= 0)
            {
                labelFacts.Paired = true;
                context.Report(ImrDiagnostics.MissingHeaderValue, Span(context, label), label.Label.Phrase.TrimEnd(':'));
            }
        }

        for (int c = 0; c < candidates.Count; c++)
        {
            if (!used[c])
            {
                Unpaired(context, candidates[c].Value);
            }
        }
    }

    private static LetterHeader Build(SectionContext context, ReadOnlySpan<HeaderToken> tokens, Span<TokenFacts> facts, Pairs pairs, TextSpan span)
    {
        // Each field's value is that of its first pair, found in one walk over the pairs.
        Span<int> fields = stackalloc int[ModelFields];
        fields.Fill(-1);
        List<(HeaderLabel Label, int Value)>? extensions = null;
        for (int slot = 0; slot < pairs.Slots; slot++)
        {
            if (pairs.LabelAt(slot) is not { } label)
            {
                continue;
            }

            int field = (int)label.Field;
            if (label.Field == HeaderField.Other)
            {
                (extensions ??= []).Add((label, pairs.ValueAt(slot)));
            }
            else if ((uint)field < (uint)fields.Length && fields[field] < 0)
            {
                fields[field] = pairs.ValueAt(slot);
            }
        }

        if (extensions is not null)
        {
            // Tokens are in reading order: by index is by where the value starts.
            extensions.Sort(static (a, b) => a.Value.CompareTo(b.Value));
            foreach (var (label, value) in extensions)
            {
                AddExtension(context, label, tokens[value], facts[value]);
            }
        }

        return new LetterHeader
        {
            CaseNumber = FieldText(context, tokens, fields[(int)HeaderField.CaseNumber]),
            DateAssigned = FieldDate(context, tokens, facts, fields[(int)HeaderField.DateAssigned]),
            DecisionDate = FieldDate(context, tokens, facts, fields[(int)HeaderField.DecisionDate]),
            Priority = FieldText(context, tokens, fields[(int)HeaderField.Priority]),
            DateOfInjury = FieldDate(context, tokens, facts, fields[(int)HeaderField.DateOfInjury]),
            UrDenialDate = FieldDate(context, tokens, facts, fields[(int)HeaderField.UrDenialDate]),
            ApplicationReceived = FieldDate(context, tokens, facts, fields[(int)HeaderField.ApplicationReceived]),
            Span = span,
        };
    }

    private static TextValue? FieldText(SectionContext context, ReadOnlySpan<HeaderToken> tokens, int value) =>
        value < 0 ? null : context.Value(tokens[value].Start, tokens[value].End);

    private static Spanned<DateOnly>? FieldDate(SectionContext context, ReadOnlySpan<HeaderToken> tokens, Span<TokenFacts> facts, int value) =>
        value < 0 ? null : ReadDate(context, tokens[value], facts[value]);

    // A field the model has no property for lands in the document's extensions under its name.
    private static void AddExtension(SectionContext context, HeaderLabel label, HeaderToken value, TokenFacts facts)
    {
        if (label.Expects == HeaderValueKind.Date)
        {
            if (ReadDate(context, value, facts) is { } date)
            {
                context.AddExtension(ExtensionValue.Create(label.Name, date, date.Span, HeaderValueJsonContext.Default.SpannedDateOnly));
            }
        }
        else if (context.Value(value.Start, value.End) is { } text)
        {
            context.AddExtension(ExtensionValue.Create(label.Name, text, text.Span, HeaderValueJsonContext.Default.TextValue));
        }
    }

    private static Spanned<DateOnly>? ReadDate(SectionContext context, HeaderToken value, TokenFacts facts) =>
        DateIn(context, value, facts) is { } date ? context.Spanned(date, value.Start, value.End) : null;

    // The date the value starts with: the one its kinds were read with when the whole value is one,
    // else (a value paired as no date) read again.
    private static DateOnly? DateIn(SectionContext context, HeaderToken value, TokenFacts facts) =>
        (facts.Kinds & DateKind) != 0 ? facts.Date
        : DateGrammar.TryReadNumeric(Text(context, value), out var parsed, out _) ? parsed : null;

    private static ReadOnlySpan<char> Text(SectionContext context, HeaderToken token) =>
        context.Text.AsSpan(token.Start, token.End - token.Start);

    private static TextSpan Span(SectionContext context, HeaderToken token) => context.Span(token.Start, token.End);

    // What the parse learns of a token, by its index: a value's kinds and date, a label's pairing.
    private struct TokenFacts
    {
        public int Kinds;
        public DateOnly Date;
        public bool BesideLabel;
        public bool Paired;
    }

    // The pairs of label and value (by token index), one per label name, a later pair of a name
    // replacing the earlier in its place. A pair removed leaves its place to the next one added, last
    // freed first, as in the dictionary by name that held them before: where labels share a field,
    // the first pair in this order gives the field's value, so the order is kept exactly.
    private sealed class Pairs
    {
        private readonly List<(HeaderLabel? Label, int Value)> _slots = [];
        private readonly Stack<int> _free = [];

        public int Slots => _slots.Count;

        public HeaderLabel? LabelAt(int slot) => _slots[slot].Label;

        public int ValueAt(int slot) => _slots[slot].Value;

        public bool TryGet(string name, out HeaderLabel? label, out int value)
        {
            int slot = Find(name);
            (label, value) = slot < 0 ? (null, -1) : _slots[slot];
            return slot >= 0;
        }

        public void Set(HeaderLabel label, int value)
        {
            int slot = Find(label.Name);
            if (slot >= 0)
            {
                _slots[slot] = (label, value);
            }
            else if (_free.TryPop(out int free))
            {
                _slots[free] = (label, value);
            }
            else
            {
                _slots.Add((label, value));
            }
        }

        public void Remove(string name)
        {
            int slot = Find(name);
            if (slot >= 0)
            {
                _slots[slot] = (null, -1);
                _free.Push(slot);
            }
        }

        public void Clear()
        {
            _slots.Clear();
            _free.Clear();
        }

        private int Find(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            for (int slot = 0; slot < _slots.Count; slot++)
            {
                if (_slots[slot].Label is { } label && string.Equals(label.Name, name, StringComparison.Ordinal))
                {
                    return slot;
                }
            }

            return -1;
        }
    }

    // The buffers a table is read with, kept per thread (emptied after each table, so that no token
    // of a letter stays reachable from the thread).
    private sealed class Scratch
    {
        private TokenFacts[] _facts = new TokenFacts[64];

        public HeaderToken[] Tokens { get; set; } = new HeaderToken[64];

        public Pairs Pairs { get; } = new();

        public WaitingLabels Waiting { get; } = new(8);

        public List<int> DateLabels { get; } = [];

        public List<int> UnpairedDates { get; } = [];

        public Span<TokenFacts> FactsFor(int count)
        {
            if (_facts.Length < count)
            {
                _facts = new TokenFacts[Math.Max(count, _facts.Length * 2)];
            }

            return _facts.AsSpan(0, count);
        }

        public void Clear(int count)
        {
            Tokens.AsSpan(0, Math.Min(count, Tokens.Length)).Clear();
            _facts.AsSpan(0, Math.Min(count, _facts.Length)).Clear();
            Pairs.Clear();
            Waiting.Clear();
            DateLabels.Clear();
            UnpairedDates.Clear();
        }
    }
}
