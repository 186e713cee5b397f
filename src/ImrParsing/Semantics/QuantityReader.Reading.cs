using ImrParsing.Lexing;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.QuantityGrammar;

namespace ImrParsing.Semantics;

/// <summary>The primitives <see cref="QuantityReader"/>'s rules are written with, over a request's tokens.</summary>
internal static partial class QuantityReader
{
    /// <summary>A number or a range: where each number is, in the tokens.</summary>
    private readonly record struct Amount((int Value, Place Start, Place End) Low, (int Value, Place Start, Place End)? High);

    /// <summary>The request being read and how its places become values; the primitives of the rules.</summary>
    private readonly ref partial struct Reading
    {
        private readonly LexedText _words;
        private readonly RequestText _request;

        public Reading(RequestText request)
        {
            _request = request;
            _words = request.Words;
        }

        public LexedText Words => _words;

        // Where `phrase` ends when it matches at `at` (a space of it the space between two words), or
        // None: its characters matched against each token's in one run, a space where a token ends.
        public Place Phrase(Place at, string phrase)
        {
            int i = 0;
            while (at.Index < _words.Count)
            {
                var chars = _words.Chars(at.Index);
                int offset = at.Offset;
                while (i < phrase.Length && offset < chars.Length && ImrParsing.Text.Phrase.EqualsIgnoreAsciiCase(chars[offset], phrase[i]))
                {
                    i++;
                    offset++;
                }

                if (offset < chars.Length)
                {
                    return i == phrase.Length ? new(at.Index, offset) : Place.None;
                }

                // At the token's end: the space between two words is a place; the phrase goes on past it, or into the next token.
                bool spaced = _words.SpaceBefore(at.Index + 1);
                if (i == phrase.Length)
                {
                    return spaced ? new(at.Index, offset) : new(at.Index + 1, 0);
                }

                if (spaced != (phrase[i] == ' '))
                {
                    return Place.None;
                }

                i += spaced ? 1 : 0;
                at = new(at.Index + 1, 0);
            }

            return i == phrase.Length ? at : Place.None;
        }

        // As Phrase, as whole words: no letter or digit goes on past a phrase that ends with one.
        public Place Keyword(Place at, string phrase)
        {
            var end = Phrase(at, phrase);
            return end.Found && char.IsLetterOrDigit(phrase[^1]) && char.IsLetterOrDigit(Char(end)) ? Place.None : end;
        }

        // Phrase and Keyword for a list of phrases tried at one place, its start read once (StartAt).
        public Place Phrase(Place at, string phrase, PhraseStart start) => start.Admits(phrase) ? Phrase(at, phrase) : Place.None;

        public Place Keyword(Place at, string phrase, PhraseStart start) => start.Admits(phrase) ? Keyword(at, phrase) : Place.None;

        public Place FirstKeyword(Place at, ReadOnlySpan<string> phrases)
        {
            var start = StartAt(at);
            foreach (string phrase in phrases)
            {
                var end = Keyword(at, phrase, start);
                if (end.Found)
                {
                    return end;
                }
            }

            return Place.None;
        }

        // A whole number of at most three digits: the digits a word has from `at`.
        public bool Integer(Place at, out int value, out Place end)
        {
            var rest = Rest(at);
            end = at;
            if (!TokenNumbers.TryRead(rest, out value, out int length) || !char.IsAsciiDigit(rest[0]))
            {
                return false;
            }

            end = PlaceIn(at.Index, at.Offset + length);
            return true;
        }

        // A number in digits or one written as a word (the rest of a word). Digits too many for a number fail it whole.
        public bool Number(Place at, out (int Value, Place Start, Place End) number)
        {
            number = default;
            if (!TokenNumbers.TryRead(Rest(at), out int value, out int length))
            {
                return false;
            }

            number = (value, at, PlaceIn(at.Index, at.Offset + length));
            return true;
        }

        // "4", "Twelve", "7-10", "1-2", "two to three". A range's joiner read, its second number must follow.
        public bool Amount(Place at, out Amount amount, out Place end)
        {
            amount = default;
            end = at;
            if (!Number(at, out var low))
            {
                return false;
            }

            end = low.End;
            amount = new Amount(low, null);
            var joined = Char(end) is '-' or '\u2013' && char.IsAsciiDigit(Char(Next(end))) ? Next(end) : Place.None;
            if (!joined.Found)
            {
                var to = Phrase(end, " to ");
                joined = to.Found && Number(to, out _) ? to : Place.None;
            }

            if (!joined.Found)
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
        public bool DurationUnit(Place at, out (TimeUnit Unit, Place Start, Place End) unit, out Place end)
        {
            if (Char(at) is ' ' or '-')
            {
                return UnitWord(Next(at), UnitWords, out unit, out end);
            }

            unit = default;
            end = at;
            return false;
        }

        // One of `words` at `at`, whole: the unit it names, its range, where it ends.
        private bool UnitWord(Place at, (string Word, TimeUnit Unit)[] words, out (TimeUnit Unit, Place Start, Place End) unit, out Place end)
        {
            var start = StartAt(at);
            foreach (var (word, value) in words)
            {
                end = Keyword(at, word, start);
                if (end.Found)
                {
                    unit = (value, at, end);
                    return true;
                }
            }

            unit = default;
            end = at;
            return false;
        }

        // " a week", " per week", "/week", " week", " weekly": the period's range is its word.
        public bool Period(Place at, out (TimeUnit Unit, Place Start, Place End) period, out Place end)
        {
            var start = StartAt(at);
            foreach (string lead in PeriodLeads)
            {
                var after = Phrase(at, lead, start);
                if (after.Found && UnitWord(after, PeriodWords, out period, out end))
                {
                    return true;
                }
            }

            if (Char(at) == ' ')
            {
                return UnitWord(Next(at), PeriodAdverbs, out period, out end);
            }

            period = default;
            end = at;
            return false;
        }

        // " sessions", " visits": where the noun ends, or None.
        public Place SessionNoun(Place at) => FirstKeyword(at, SessionNouns);

        // After "for", "times", "over", "x" and an optional "a": where the amount starts, or None.
        public Place Introduced(Place at)
        {
            var after = FirstKeyword(at, DurationIntroducers.AsSpan());
            if (!after.Found)
            {
                return Place.None;
            }

            after = Space(after);
            var article = Keyword(after, "a");
            return article.Found ? Space(article) : after;
        }

        public Spanned<T> Spanned<T>((T Value, Place Start, Place End) found) => _request.Spanned(found.Value, SourceWords(found.Start, found.End));

        public Spanned<int> Low(Amount amount) => Spanned(amount.Low);

        public Spanned<int>? High(Amount amount) => amount.High is { } high ? Spanned(high) : null;

        public RequestQuantity Frequency(Amount times, (TimeUnit, Place, Place)? period) => new()
        {
            Frequency = Low(times),
            FrequencyMaximum = High(times),
            FrequencyPeriod = period is { } stated ? Spanned(stated) : null,
        };

        public RequestQuantity Duration(Amount length, (TimeUnit, Place, Place) unit) => new()
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
            Counted = Counted((count.High ?? count.Low).End, out var end) is { } start && start < end ? _request.Value(SourceWords(start, end)) : null,
        };

        // The words the count that ends at `after` counts: up to the next quantity, a bracket or "#",
        // or the end of the request, at most CountedMaxLength characters (the space between two words
        // one); a written-out number's digits in brackets skipped.
        private Place? Counted(Place after, out Place end)
        {
            end = after;
            var start = after;
            var bracket = Phrase(start, " (");
            if (bracket.Found)
            {
                if (!Integer(bracket, out _, out var digitsEnd) || Char(digitsEnd) != ')')
                {
                    return null;
                }

                start = Next(digitsEnd);
            }

            start = Space(start);
            // The stop is tried only where it can start (the space between two words, a mark), up to
            // the longest stretch's end, that place included; the end of the request is the last stop.
            int length = 0;
            for (int index = start.Index; index < _words.Count && length <= CountedMaxLength; index++)
            {
                if (_words.Tokens[index].Kind == TokenKind.Punctuation && CountedStopStarts.Contains(Char(new(index, 0)))
                    && IsCountedStop(new(index, 0)))
                {
                    end = new(index, 0);
                    return start;
                }

                int chars = Length(index);
                length += chars - (index == start.Index ? start.Offset : 0);
                if (!_words.SpaceBefore(index + 1))
                {
                    continue;
                }

                var space = new Place(index, chars);
                if (length <= CountedMaxLength && IsCountedStop(space))
                {
                    end = space;
                    return start;
                }

                length++;
            }

            end = End;
            return length <= CountedMaxLength ? start : null;
        }

        // Where the words a count counts stop: a number or a duration after a lead, " x", " times", a mark.
        private bool IsCountedStop(Place at)
        {
            char c = Char(at);
            if (CountedMarks.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }

            if (c is not (' ' or ',' or ';'))
            {
                return false;
            }

            var start = StartAt(at);
            foreach (string lead in CountedLeads)
            {
                var after = Phrase(at, lead, start);
                if (after.Found && (Number(after, out _) || Introduced(after) is { Found: true } introduced && Amount(introduced, out _, out var amountEnd) && DurationUnit(amountEnd, out _, out _)))
                {
                    return true;
                }
            }

            return FirstKeyword(at, CountedTimes).Found;
        }

        // The source's characters from `start` to `end`, the space at both ends left out.
        private SourceWords SourceWords(Place start, Place end)
        {
            start = Space(start);
            if (end.Offset == 0 && end.Index > 0 && _words.SpaceBefore(end.Index))
            {
                end = new(end.Index - 1, Length(end.Index - 1));
            }

            if (start >= end)
            {
                int at = start.Index < _words.Count ? _request.Inside(start.Index, start.Offset, start.Offset + 1).Start : _request.End;
                return new SourceWords(at, at);
            }

            // The last character: inside `end`'s token, or the end of the token before it.
            var last = end.Offset > 0 ? end : new Place(end.Index - 1, Length(end.Index - 1));
            return new SourceWords(
                _request.Inside(start.Index, start.Offset, start.Offset + 1).Start,
                _request.Inside(last.Index, last.Offset - 1, last.Offset).End);
        }
    }
}
