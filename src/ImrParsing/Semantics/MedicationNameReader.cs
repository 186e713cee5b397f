using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ImrParsing.Lexing;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Syntax;
using static ImrParsing.Semantics.MedicationRules;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the drug of a medication request on its tokens: its name ("Oxycodone HCL ER", "Meloxicam
/// (Mobic)"), strength and form, or a compound's ingredients ("Flurbiprofen 20%, Baclofen 5%, ...")
/// each with its strength. A name is a run of words, each a group of tokens with no white space
/// between them up to a mark that ends it ("," "(" ";" "#", and "/" between a compound's
/// ingredients), that stops before a word a rule of the prescription starts at (a form, directions,
/// a number word, a date of service) or a word that ends names ("with", "per", "for", ...).
/// </summary>
internal static class MedicationNameReader
{
    // Words that end a drug's name: what follows them is not part of it.
    private static readonly string[] StopWords =
        ["with", "per", "for", "to", "DOS", "x", "qty", "quantity", "refill", "refills", "supply", "and", "in", "times", "daily", "of", "on", "at", "via", "as"];

    /// <summary>What a brand name in brackets and a label before a colon are written with: ASCII letters, spaces and hyphens.</summary>
    public static readonly SearchValues<char> BrandNameCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz -");

    // The words a bracket starts with where it states no brand but a quantity left unstated; the last word may go on ("unknown", "unknowns").
    private static readonly string[][] UnstatedQuantities = [["unknown"], ["unspecified"], ["not", "specified"], ["quantity"]];

    // The marks that end a word of a name, and the one that also splits a compound's ingredients.
    private const string NameEnds = ",(;#";
    private const char IngredientSplit = '/';

    // The marks left out at a name word's end.
    private const string TrimmedEnds = ":.)";

    /// <summary>
    /// The drug's name and strength, or a compound's ingredients each with its strength, read from token
    /// <paramref name="index"/> of <paramref name="request"/>, as values spanning the source's words; the
    /// first form read is left in <paramref name="form"/>. <paramref name="areaEnd"/> is the token after them.
    /// </summary>
    public static MedicationDetails Read(RequestText request, int index, ref SourceWords? form, out int areaEnd)
    {
        var words = request.Words;
        // The ingredients read, in a list each thread keeps (taken while in use, given back emptied).
        var ingredients = PerThreadList<Ingredient>.Take();
        bool compound = false;
        areaEnd = index;
        int drugEnd = index;
        int next = index;
        while (true)
        {
            int name = ReadName(request, next, splitAtSlash: compound);
            if (name == next)
            {
                break;
            }

            int end = name;
            int i = TakeForm(request, name, ref end, ref form);
            if (words.IsMark(i, '(') && !words.SpaceBefore(i + 1) && i + 1 < words.Count && char.IsAsciiDigit(words.Chars(i + 1)[0]))
            {
                i++;
            }

            int strength = StrengthReader.Read(words, i);
            if (strength < 0 && ingredients.Count == 0)
            {
                strength = BareStrength(request, i);
            }

            if (strength >= 0)
            {
                end = strength + 1;
                TakeForm(request, end, ref end, ref form);
            }

            ingredients.Add(new Ingredient(next, name, strength >= 0 ? i : -1, strength));
            int after = strength >= 0 ? strength + 1 : name;
            drugEnd = Math.Max(drugEnd, after);
            areaEnd = Math.Max(areaEnd, end);
            bool glued = after + 1 < words.Count && !words.SpaceBefore(after) && !words.SpaceBefore(after + 1);
            if (glued && words.IsMark(after, IngredientSplit) && char.IsLetter(words.Chars(after + 1)[0]) && (strength >= 0 || compound))
            {
                compound = true;
                next = after + 1;
                continue;
            }

            if (after + 1 < words.Count && words.IsMark(after, ',') && !words.SpaceBefore(after) && strength >= 0 && IsNameStart(request, after + 1))
            {
                compound = true;
                next = after + 1;
                continue;
            }

            break;
        }

        var details = ingredients.Count switch
        {
            0 => new MedicationDetails(),
            1 => new MedicationDetails { Drug = Words(request, index, ingredients[0].Past), Strength = Strength(request, ingredients[0]) },
            _ => new MedicationDetails
            {
                Drug = Words(request, index, drugEnd),
                Ingredients = Ingredients(request, ingredients),
            },
        };
        PerThreadList<Ingredient>.Give(ingredients);
        return details;
    }

    // A loop, not a lambda: a closure over the request was allocated at every read, a medication or not.
    private static ImmutableArray<MedicationIngredient> Ingredients(RequestText request, List<Ingredient> ingredients)
    {
        var read = new MedicationIngredient[ingredients.Count];
        for (int i = 0; i < read.Length; i++)
        {
            read[i] = new MedicationIngredient
            {
                Drug = request.Value(request.WordsFrom(ingredients[i].First, ingredients[i].Past - 1)),
                Strength = Strength(request, ingredients[i]),
            };
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(read);
    }

    // The tokens from `first` to just before `past`; null when there are none.
    private static TextValue? Words(RequestText request, int first, int past) =>
        past > first ? request.Value(request.WordsFrom(first, past - 1)) : null;

    private static TextValue? Strength(RequestText request, Ingredient ingredient) =>
        ingredient.StrengthFirst >= 0 ? request.Value(request.WordsFrom(ingredient.StrengthFirst, ingredient.StrengthLast)) : null;

    // An ingredient's tokens as read: its name's first and the one after it, its strength's first and last (-1 for none).
    private readonly record struct Ingredient(int First, int Past, int StrengthFirst, int StrengthLast);

    // Words led by letters up to a strength, a form, directions or a mark, from token `index`; a
    // bracketed brand name ("Meloxicam (Mobic)") belongs to it. Returns the token after the name.
    private static int ReadName(RequestText request, int index, bool splitAtSlash)
    {
        var words = request.Words;
        int past = index;
        int i = index;
        while (i < words.Count)
        {
            if (words.IsMark(i, '('))
            {
                int close = i + 1;
                while (close < words.Count && !words.IsMark(close, ')'))
                {
                    close++;
                }

                if (past == index || close >= words.Count || !IsBrandName(words, i + 1, close))
                {
                    break;
                }

                past = close + 1;
                i = past;
                continue;
            }

            if (!IsNameStart(request, i))
            {
                break;
            }

            int end = i + 1;
            while (end < words.Count && !words.SpaceBefore(end) && !EndsWord(words, end, splitAtSlash))
            {
                end++;
            }

            while (end - 1 > i && IsMarkOf(words, end - 1, TrimmedEnds))
            {
                end--;
            }

            past = end;
            if (!words.SpaceBefore(end))
            {
                break;
            }

            i = end;
        }

        return past;
    }

    private static bool EndsWord(LexedText words, int index, bool splitAtSlash) =>
        IsMarkOf(words, index, NameEnds) || (splitAtSlash && words.IsMark(index, IngredientSplit));

    private static bool IsMarkOf(LexedText words, int index, string marks) =>
        words.Tokens[index].Kind == TokenKind.Punctuation && marks.Contains(words.Chars(index)[0], StringComparison.Ordinal);

    // The words between the brackets, tokens `first` to just before `close`: letters and hyphens, and no unstated quantity.
    private static bool IsBrandName(LexedText words, int first, int close)
    {
        // As the rule over characters read it: "( )" holds a space and is a name; white space first, no phrase of a quantity starts it.
        bool spaced = words.SpaceBefore(first);
        if (close == first && !spaced)
        {
            return false;
        }

        for (int k = first; k < close; k++)
        {
            if (words.Chars(k).ContainsAnyExcept(BrandNameCharacters))
            {
                return false;
            }
        }

        foreach (string[] phrase in UnstatedQuantities)
        {
            if (!spaced && StartsWith(words, first, close, phrase))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the tokens from `first` start with the phrase's words, the last one only beginning a word.
    private static bool StartsWith(LexedText words, int first, int close, string[] phrase)
    {
        int last = first + phrase.Length - 1;
        if (last >= close)
        {
            return false;
        }

        for (int k = 0; k < phrase.Length - 1; k++)
        {
            if (!Ascii.EqualsIgnoreCase(words.Chars(first + k), phrase[k]) || !words.SpaceBefore(first + k + 1))
            {
                return false;
            }
        }

        return words.Chars(last).StartsWith(phrase[^1], StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsNameStart(RequestText request, int index)
    {
        var words = request.Words;
        if (index >= words.Count)
        {
            return false;
        }

        var word = words.Chars(index);
        if (!char.IsLetter(word[0]))
        {
            return false;
        }

        if (MayLead(word)
            && (DosageFormReader.Read(words, index) is not null || DirectionsReader.StartsAt(words, index)
                || TokenNumbers.TryRead(words, index, out _, out _) || DateOfServiceReader.Read(request, index, out _, out _) is not null))
        {
            return false;
        }

        foreach (string stop in StopWords)
        {
            if (Ascii.EqualsIgnoreCase(word, stop))
            {
                return false;
            }
        }

        return true;
    }

    // "Soma 350 1 by mouth", "Norco 10/325 #90": numbers right after the name, with no unit, that
    // start nothing else, are its strength; their last token, or -1.
    private static int BareStrength(RequestText request, int index)
    {
        var words = request.Words;
        int last = StrengthReader.NumbersLast(words, index);
        int next = last + 1;
        if (last < 0
            || (next < words.Count && !words.SpaceBefore(next) && !words.IsMark(next, ','))
            || MedicationQuantityReader.IsAt(request, index)
            || DirectionsReader.StartsAt(words, index)
            || RefillsReader.Read(request, index) is not null)
        {
            return -1;
        }

        return last;
    }

    // A form at token `index`: kept in `form` when it is the first, and `end` moved past it; returns the token after it, or `index`.
    private static int TakeForm(RequestText request, int index, ref int end, ref SourceWords? form)
    {
        if (DosageFormReader.Read(request.Words, index) is { } read)
        {
            form ??= request.WordsFrom(read.First, read.Last);
            end = read.Last + 1;
            return end;
        }

        return index;
    }
}
