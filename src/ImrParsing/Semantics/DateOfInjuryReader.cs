using System.Collections.Immutable;
using ImrParsing.Lexing;
using ImrParsing.Parsers;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the date of injury a narrative states (<see cref="InjuryGrammar"/>): the first date that
/// follows "injury on", "injury date of", "date of injury of", "claim from" and the like, read
/// token by token at the anchor words (<see cref="InjuryGrammar.AnchorWords"/>).
/// </summary>
internal static class DateOfInjuryReader
{
    private static readonly TokenPhrase[] Links = [.. InjuryGrammar.LinkPhrases.Select(phrase => new TokenPhrase(phrase))];

    /// <summary>How many tokens past its anchor word the rule reads at most: a colon, a link and the date's first.</summary>
    public static int Reach { get; } = 1 + Links.Max(link => link.Count) + 1;

    /// <summary>The words the rule starts at.</summary>
    public static ImmutableArray<string> FirstWords => InjuryGrammar.AnchorWords;

    /// <summary>The first date of injury <paramref name="text"/> states, or null.</summary>
    public static TokenDate? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var tokens = WordLexer.Lex(text);
        var lexed = new LexedText(text, tokens);
        using var anchors = NarrativeAnchors.Words.Find(lexed);
        return Find(lexed, anchors, NarrativeDates.Find(text, tokens));
    }

    /// <summary>
    /// The first date of injury <paramref name="text"/> states, among the <paramref name="dates"/>
    /// <see cref="NarrativeDates.Find(ReadOnlySpan{char}, TokenList)"/> found in it (so that the
    /// date of injury is always one of the narrative's dates), or null.
    /// </summary>
    public static TokenDate? Find(LexedText text, AnchorList anchors, ImmutableArray<TokenDate> dates)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        for (int k = 0; k < anchors.Count; k++)
        {
            if ((anchors.Rules[k] & NarrativeAnchors.DateOfInjury) == 0)
            {
                continue;
            }

            if (At(text, anchors.Tokens[k], dates) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The date of injury read at the anchor word <paramref name="anchor"/>, one of <paramref name="dates"/>, or null.</summary>
    internal static TokenDate? At(LexedText text, int anchor, ImmutableArray<TokenDate> dates)
    {
        int at = DateStart(text, anchor);
        return at < text.Count ? DateAt(dates, text.Tokens[at].Start) : null;
    }

    // Past the anchor, a colon right after it ("DOI:") and the first link that matches ("on", "date
    // of"), followed by white space: where the date must start.
    private static int DateStart(LexedText text, int anchor)
    {
        int at = anchor + 1;
        if (text.IsMark(at, ':') && !text.SpaceBefore(at))
        {
            at++;
        }

        foreach (var link in Links)
        {
            int end = link.Match(text, at);
            if (end >= 0 && text.SpaceBefore(end))
            {
                return end;
            }
        }

        return at;
    }

    // The date that starts at `start`, found by a binary search: the dates are in order.
    private static TokenDate? DateAt(ImmutableArray<TokenDate> dates, int start)
    {
        int low = 0;
        int high = dates.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int at = dates[middle].Start;
            if (at == start)
            {
                return dates[middle];
            }

            if (at < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
