using System.Buffers;
using Pidgin;
using ImrParsing.Text;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    // A parser that can tell the characters it may start with.
    internal interface IFirstChars
    {
        // Every character it may start with (it never matches at the end of the text); null when it cannot tell.
        string? FirstChars { get; }

        // The same, for searching.
        SearchValues<char> FirstCharSet { get; }
    }

    // The characters a parser may start with, when it can tell; null when it may start anywhere.
    internal static IFirstChars? FirstCharsOf<T>(Parser<char, T> parser) => parser is IFirstChars { FirstChars: not null } known ? known : null;

    // The characters any of the parsers may start with, when each can tell; null otherwise.
    private static string? FirstCharsOfAll<T>(IEnumerable<Parser<char, T>> parsers)
    {
        var chars = new SortedSet<char>();
        foreach (var parser in parsers)
        {
            if (FirstCharsOf(parser) is not { } known)
            {
                return null;
            }

            chars.UnionWith(known.FirstChars!);
        }

        return new string([.. chars]);
    }

    // True when a parser with these first characters may match at the current place.
    internal static bool MayStartHere(IFirstChars? first, ref ParseState<char> state) =>
        first is null || (state.HasCurrent && first.FirstCharSet.Contains(state.Current));

    // The characters a phrase may start with: its first character in either ASCII case, or any space.
    internal static string PhraseFirstChars(string phrase)
    {
        char first = phrase[0];
        if (first == ' ')
        {
            return CharSets.AnySpaceChars;
        }

        return char.IsAsciiLetter(first) ? new string([(char)(first | 0x20), (char)(first & ~0x20)]) : first.ToString();
    }
}
