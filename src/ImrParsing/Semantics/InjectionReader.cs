using ImrParsing.Lexing;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads an injection or infusion request with the <see cref="InjectionGrammar"/> in one pass over
/// its tokens: the most specific kind named, the first approach, every level and every drug. Kinds
/// and approaches are phrases of <see cref="InjectionNames"/> looked up at each word; a level
/// (<see cref="SpinalLevelReader"/>) is read only at a word that starts with a vertebra's letter, a drug (<see cref="InjectionDrugReader"/>) at a word or number.
/// </summary>
internal static class InjectionReader
{
    private static readonly TokenPhrases<(string Kind, int Rank)> Kinds =
        new(InjectionNames.Kinds.SelectMany((kind, rank) => kind.Phrases.Select(phrase => (phrase, (kind.Kind, rank)))));

    private static readonly TokenPhrases<string> Approaches = new(InjectionNames.Approaches.Select(approach => (approach, approach)));



    /// <summary>The injection <paramref name="request"/> asks for.</summary>
    public static InjectionDetails Read(RequestText request)
    {
        string text = request.Text;
        var tokens = request.Tokens;
        (string Kind, int Rank, OffsetRange Range)? kind = null;
        (string Value, OffsetRange Range)? approach = null;
        var levels = new List<TextValue>();
        var drugs = new List<MedicationIngredient>();

        // Each rule reads its occurrences left to right, the next one at a word after the end of the last.
        int kindsFrom = 0, approachesFrom = 0, levelsFrom = 0, drugsFrom = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (token.Start >= kindsFrom && First(Kinds, text, tokens, i) is { } named)
            {
                var range = new OffsetRange(token.Start, tokens[named.Last].End);
                if (kind is null || named.Value.Rank < kind.Value.Rank)
                {
                    kind = (named.Value.Kind, named.Value.Rank, range);
                }

                kindsFrom = range.End;
            }

            if (token.Start >= approachesFrom && First(Approaches, text, tokens, i) is { } stated)
            {
                approach ??= (stated.Value, new OffsetRange(token.Start, tokens[stated.Last].End));
                approachesFrom = tokens[stated.Last].End;
            }

            if (token.Start >= levelsFrom && InjectionGrammar.VertebraLetters.Contains(text[token.Start])
                && SpinalLevelReader.End(text, token.Start) is int levelEnd && levelEnd > token.Start)
            {
                levels.Add(request.Value(new OffsetRange(token.Start, levelEnd)));
                levelsFrom = levelEnd;
            }

            if (token.Start >= drugsFrom && InjectionDrugReader.Read(request, token.Start, out int drugEnd) is { } drug && drugEnd > token.Start)
            {
                drugs.Add(drug);
                drugsFrom = drugEnd;
            }
        }

        return new InjectionDetails
        {
            Kind = kind is { } found ? request.Spanned(found.Kind, found.Range) : null,
            Approach = approach is { } first ? request.Spanned(first.Value, first.Range) : null,
            Levels = [.. levels],
            Drugs = [.. drugs],
        };
    }

    private static (T Value, int Last)? First<T>(TokenPhrases<T> phrases, string text, ReadOnlySpan<Token> tokens, int at)
    {
        foreach (var match in phrases.MatchesAt(text, tokens, at))
        {
            return match;
        }

        return null;
    }
}
