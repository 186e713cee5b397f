using System.Collections.Frozen;
using ImrParsing.Lexing;
using ImrParsing.Semantics;
using static ImrParsing.Semantics.QuantityGrammar;
using Lead = ImrParsing.Semantics.QuantityReader.Lead;

namespace ImrParsing.Benchmarks;

/// <summary>
/// What a request's token can start, as <see cref="QuantityReader"/> told it before its lead words
/// and number words shared one look-up: every word's letters hashed twice, once in the number
/// words and once in the lead words. The baseline of <c>RequestPhrasesBenchmarks</c>' leads and the
/// reference of <c>QuantityLeadsReferenceTests</c>.
/// </summary>
internal static class TwoLookupQuantityLeads
{
    private static readonly FrozenDictionary<string, Lead>.AlternateLookup<ReadOnlySpan<char>> LeadWords =
        DurationIntroducers.Select(word => (word, Lead.Introducer))
            .Concat(TimesWords.Select(word => (word, Lead.Times)))
            .Concat(FrequencyAdverbs.Select(adverb => (adverb.Word, Lead.Adverb)))
            .Concat(PeriodAdverbWords.Select(word => (word, Lead.Period)))
            .Concat(CountLabels.Select(word => (word, Lead.Label)))
            .Append((SupplyDay, Lead.Day))
            .GroupBy(entry => entry.Item1, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.Last().Item2, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What token <paramref name="index"/> of <paramref name="words"/> can start.</summary>
    public static Lead LeadOf(LexedText words, int index)
    {
        var word = words.Chars(index);
        char first = word[0];
        if (char.IsAsciiDigit(first))
        {
            return Lead.Number;
        }

        if (words.Tokens[index].Kind == TokenKind.Punctuation)
        {
            return first switch
            {
                CountSign => Lead.NumberSign,
                TotalOpen => Lead.Bracket,
                TrailingMark => Lead.Comma,
                _ => Lead.None,
            };
        }

        int letters = 0;
        while (letters < word.Length && char.IsAsciiLetter(word[letters]))
        {
            letters++;
        }

        word = word[..letters];
        return SpelledQuantityReader.NumberWordValues.ContainsKey(word) ? Lead.Number : LeadWords.TryGetValue(word, out var lead) ? lead : Lead.None;
    }
}
