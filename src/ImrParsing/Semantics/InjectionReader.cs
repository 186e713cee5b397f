using ImrParsing.Lexing;
using ImrParsing.Syntax;

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
        var lexed = request.Lexed;
        var tokens = lexed.Tokens;
        var words = request.Words;
        (string Kind, int Rank, SourceWords Words)? kind = null;
        (string Value, SourceWords Words)? approach = null;
        var levels = new List<TextValue>();
        var drugs = new List<MedicationIngredient>();

        // Each rule reads its occurrences left to right, the next one at a word after the end of the
        // last: kinds and approaches are phrases of the source's tokens, levels and drugs read them too.
        int kindsFrom = 0, approachesFrom = 0, levelsFrom = 0, drugsFrom = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (i >= kindsFrom && First(Kinds, request.Source, lexed, i) is { } named)
            {
                if (kind is null || named.Value.Rank < kind.Value.Rank)
                {
                    kind = (named.Value.Kind, named.Value.Rank, SourceWords.Of(lexed.Tokens, i, named.Last));
                }

                kindsFrom = named.Last + 1;
            }

            if (i >= approachesFrom && First(Approaches, request.Source, lexed, i) is { } stated)
            {
                approach ??= (stated.Value, SourceWords.Of(lexed.Tokens, i, stated.Last));
                approachesFrom = stated.Last + 1;
            }

            if (i >= levelsFrom && SpinalLevelReader.Last(words, i) is int level and >= 0)
            {
                levels.Add(request.Value(request.WordsFrom(i, level)));
                levelsFrom = level + 1;
            }

            if (i >= drugsFrom && InjectionDrugReader.Read(request, i, out int drugLast) is { } drug)
            {
                drugs.Add(drug);
                drugsFrom = drugLast + 1;
            }
        }

        return new InjectionDetails
        {
            Kind = kind is { } found ? request.Spanned(found.Kind, found.Words) : null,
            Approach = approach is { } first ? request.Spanned(first.Value, first.Words) : null,
            Levels = [.. levels],
            Drugs = [.. drugs],
        };
    }

    private static (T Value, int Last)? First<T>(TokenPhrases<T> phrases, string source, TokenList lexed, int at)
    {
        foreach (var match in phrases.MatchesAt(source, lexed, at))
        {
            return match;
        }

        return null;
    }
}
