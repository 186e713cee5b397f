using System.Buffers;
using Pidgin;
using ImrParsing.Text;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// <paramref name="parser"/>, known to match only where the text starts with one of
    /// <paramref name="firstChars"/>. The scanning combinators (<see cref="UpTo"/>,
    /// <see cref="FirstMatch"/>) then skip the places where it cannot start without running it:
    /// the stops of a list or a title are tried at every character, and a run of a Pidgin parser
    /// that fails at once still costs tens of nanoseconds. Claiming fewer characters than the
    /// parser can start with changes what the grammar reads: list every one.
    /// </summary>
    internal static Parser<char, T> StartingWith<T>(string firstChars, Parser<char, T> parser)
    {
        ArgumentException.ThrowIfNullOrEmpty(firstChars);
        ArgumentNullException.ThrowIfNull(parser);
        return new StartingWithParser<T>(firstChars, parser);
    }

    /// <summary>The white space a phrase's space matches (<see cref="ImrParsing.Text.Phrase"/>), for <see cref="StartingWith"/>.</summary>
    internal const string AnySpaceChars = CharSets.AnySpaceChars;

    // A parser that can tell the characters it may start with.
    private interface IFirstChars
    {
        // Every character it may start with (it never matches at the end of the text); null when it cannot tell.
        string? FirstChars { get; }

        // The same, for searching.
        SearchValues<char> FirstCharSet { get; }
    }

    // The characters a parser may start with, when it can tell; null when it may start anywhere.
    private static IFirstChars? FirstCharsOf<T>(Parser<char, T> parser) => parser is IFirstChars { FirstChars: not null } known ? known : null;

    /// <summary>Every character <paramref name="parser"/> may start with, where it can tell (it then never matches at the end of the text); null otherwise.</summary>
    internal static string? FirstCharsOrNull<T>(Parser<char, T> parser) => FirstCharsOf(parser)?.FirstChars;

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
    private static bool MayStartHere(IFirstChars? first, ref ParseState<char> state) =>
        first is null || (state.HasCurrent && first.FirstCharSet.Contains(state.Current));

    /// <summary>The characters any of <paramref name="phrases"/> may start with (as <see cref="Phrase(string)"/> matches them), for <see cref="StartingWith"/>.</summary>
    internal static string FirstCharsOfPhrases(IEnumerable<string> phrases) =>
        new([.. phrases.SelectMany(PhraseFirstChars).Distinct().Order()]);

    // The characters a phrase may start with: its first character in either ASCII case, or any space.
    private static string PhraseFirstChars(string phrase)
    {
        char first = phrase[0];
        if (first == ' ')
        {
            return CharSets.AnySpaceChars;
        }

        return char.IsAsciiLetter(first) ? new string([(char)(first | 0x20), (char)(first & ~0x20)]) : first.ToString();
    }

    private sealed class StartingWithParser<T>(string firstChars, Parser<char, T> parser) : Parser<char, T>, IFirstChars, IFailsCleanly
    {
        public string? FirstChars => firstChars;

        public SearchValues<char> FirstCharSet { get; } = SearchValues.Create(firstChars);

        public bool FailsCleanly { get; } = FailsCleanlyOf(parser);

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out T result)
        {
            bool matched = parser.TryParse(ref state, ref expecteds, out var value);
            result = value!;
            return matched;
        }
    }
}
