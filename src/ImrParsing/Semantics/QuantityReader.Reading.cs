using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.QuantityGrammar;

namespace ImrParsing.Semantics;

/// <summary>The primitives <see cref="QuantityReader"/>'s rules are written with, over a request's spelled text.</summary>
internal static partial class QuantityReader
{
    /// <summary>A number or a range: where each number is, in the text.</summary>
    private readonly record struct Amount((int Value, int Start, int End) Low, (int Value, int Start, int End)? High);

    /// <summary>The text being read and how its ranges become values; the primitives of the rules.</summary>
    private readonly struct Reading(string text, RequestText? values)
    {
        public string Text => text;

        // Where `phrase` ends when it matches at `at` (a space of it any run of white space), or -1.
        public int Phrase(int at, string phrase)
        {
            int length = ImrParsing.Text.Phrase.MatchLength(text.AsSpan(at), phrase);
            return length < 0 ? -1 : at + length;
        }

        // As Phrase, as whole words.
        public int Keyword(int at, string phrase) =>
            TextParsers.StartsWithKeyword(text.AsSpan(at), phrase, out int length) ? at + length : -1;

        public int FirstKeyword(int at, ReadOnlySpan<string> phrases)
        {
            foreach (string phrase in phrases)
            {
                int end = Keyword(at, phrase);
                if (end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        public int Space(int at) => Scan.SkipSpace(text, at);

        // A whole number of at most three digits.
        public bool Integer(int at, out int value, out int end)
        {
            end = at;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            value = 0;
            if (end == at || end - at > 3)
            {
                return false;
            }

            for (int i = at; i < end; i++)
            {
                value = (value * 10) + (text[i] - '0');
            }

            return true;
        }

        // A number in digits or one written as a word. Digits too many for a number fail it whole.
        public bool Number(int at, out (int Value, int Start, int End) number)
        {
            if (Integer(at, out int value, out int end))
            {
                number = (value, at, end);
                return true;
            }

            number = default;
            if (at >= text.Length || !char.IsLetter(text[at]))
            {
                return false;
            }

            end = at;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            // Number words are ASCII: a letter past it that folds to one ("ſix") makes no number.
            var word = text.AsSpan(at, end - at);
            if (System.Text.Ascii.IsValid(word) && NumberWordValues.TryGetValue(word, out value))
            {
                number = (value, at, end);
                return true;
            }

            return false;
        }

        // "4", "Twelve", "7-10", "1-2", "two to three". A range's joiner read, its second number must follow.
        public bool Amount(int at, out Amount amount, out int end)
        {
            amount = default;
            end = at;
            if (!Number(at, out var low))
            {
                return false;
            }

            end = low.End;
            amount = new Amount(low, null);
            int joined = end + 1 < text.Length && (text[end] is '-' or '\u2013') && char.IsAsciiDigit(text[end + 1]) ? end + 1 : -1;
            if (joined < 0)
            {
                int to = Phrase(end, " to ");
                joined = to >= 0 && Number(to, out _) ? to : -1;
            }

            if (joined < 0)
            {
                return true;
            }

            if (!Number(joined, out var high))
            {
                return false;
            }

            amount = new Amount(low, high);
            end = high.End;
            return true;
        }

        // " weeks", "-day": the unit's range is its word.
        public bool DurationUnit(int at, out (TimeUnit Unit, int Start, int End) unit, out int end)
        {
            if (at < text.Length && text[at] is ' ' or '-')
            {
                return UnitWord(at + 1, UnitWords, out unit, out end);
            }

            unit = default;
            end = at;
            return false;
        }

        // One of `words` at `at`, whole: the unit it names, its range, where it ends.
        private bool UnitWord(int at, (string Word, TimeUnit Unit)[] words, out (TimeUnit Unit, int Start, int End) unit, out int end)
        {
            foreach (var (word, value) in words)
            {
                end = Keyword(at, word);
                if (end >= 0)
                {
                    unit = (value, end - word.Length, end);
                    return true;
                }
            }

            unit = default;
            end = at;
            return false;
        }

        // " a week", " per week", "/week", " week", " weekly": the period's range is its word.
        public bool Period(int at, out (TimeUnit Unit, int Start, int End) period, out int end)
        {
            foreach (string lead in PeriodLeads)
            {
                int after = Phrase(at, lead);
                if (after < 0)
                {
                    continue;
                }

                if (UnitWord(after, PeriodWords, out period, out end))
                {
                    return true;
                }
            }

            if (at < text.Length && text[at] == ' ')
            {
                return UnitWord(at + 1, PeriodAdverbs, out period, out end);
            }

            period = default;
            end = at;
            return false;
        }

        // " sessions", " visits": where the noun ends, or -1.
        public int SessionNoun(int at) => FirstKeyword(at, SessionNouns);

        // After "for", "times", "over", "x" and an optional "a": where the amount starts, or -1.
        public int Introduced(int at)
        {
            int after = FirstKeyword(at, DurationIntroducers.AsSpan());
            if (after < 0)
            {
                return -1;
            }

            after = Space(after);
            int article = Keyword(after, "a");
            return article >= 0 ? Space(article) : after;
        }

        public Spanned<T> Spanned<T>((T Value, int Start, int End) found) => values!.Spanned(found.Value, found.Start, found.End);

        public Spanned<int> Low(Amount amount) => Spanned(amount.Low);

        public Spanned<int>? High(Amount amount) => amount.High is { } high ? Spanned(high) : null;

        public RequestQuantity Frequency(Amount times, (TimeUnit, int, int)? period) => new()
        {
            Frequency = Low(times),
            FrequencyMaximum = High(times),
            FrequencyPeriod = period is { } stated ? Spanned(stated) : null,
        };

        public RequestQuantity Duration(Amount length, (TimeUnit, int, int) unit) => new()
        {
            Duration = Low(length),
            DurationMaximum = High(length),
            DurationUnit = Spanned(unit),
        };

        // A count, with what it counts: the words after its number.
        public RequestQuantity Count(Amount count) => new()
        {
            Count = Low(count),
            CountMaximum = High(count),
            Counted = Counted((count.High ?? count.Low).End) is { } counted ? values!.Optional(counted) : null,
        };

        // The words the count that ends at `after` counts: up to the next quantity, a bracket or "#",
        // or the end of the request, at most CountedMaxLength characters; a written-out number's digits in brackets skipped.
        private OffsetRange? Counted(int after)
        {
            int start = after;
            int bracket = Phrase(start, " (");
            if (bracket >= 0)
            {
                if (!Integer(bracket, out _, out int digitsEnd) || digitsEnd >= text.Length || text[digitsEnd] != ')')
                {
                    return null;
                }

                start = digitsEnd + 1;
            }

            start = Space(start);
            // The stop is tried only at the characters it can start with, up to the longest stretch's
            // end, that place included; the end of the request is the last stop.
            int left = text.Length - start;
            int last = start + Math.Min(left, CountedMaxLength);
            int at = start;
            while (at <= last && at < text.Length)
            {
                int found = text.AsSpan(at, Math.Min(last + 1, text.Length) - at).IndexOfAny(CountedStopStarts);
                if (found < 0)
                {
                    break;
                }

                at += found;
                if (IsCountedStop(at))
                {
                    return new OffsetRange(start, at);
                }

                at++;
            }

            return left <= CountedMaxLength ? new OffsetRange(start, text.Length) : null;
        }

        // Where the words a count counts stop: a number or a duration after a lead, " x", " times", a mark.
        private bool IsCountedStop(int at)
        {
            char c = text[at];
            if (CountedMarks.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }

            if (c is not (' ' or ',' or ';'))
            {
                return false;
            }

            foreach (string lead in CountedLeads)
            {
                int after = Phrase(at, lead);
                if (after >= 0 && (Number(after, out _) || Introduced(after) is >= 0 and var introduced && Amount(introduced, out _, out int amountEnd) && DurationUnit(amountEnd, out _, out _)))
                {
                    return true;
                }
            }

            return FirstKeyword(at, CountedTimes) >= 0;
        }
    }
}
