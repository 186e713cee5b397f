using System.Buffers;
using Pidgin;
using ImrParsing.Text;
using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>
    /// <paramref name="parser"/>, known to match only where the text starts with one of
    /// <paramref name="firstChars"/>. The scanning combinators (<see cref="UpTo"/>,
    /// <see cref="TextParsers.FirstMatch"/>) then skip the places where it cannot start without running it:
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

    /// <summary>Every character <paramref name="parser"/> may start with, where it can tell (it then never matches at the end of the text); null otherwise.</summary>
    internal static string? FirstCharsOrNull<T>(Parser<char, T> parser) => FirstCharsOf(parser)?.FirstChars;

    /// <summary>The characters any of <paramref name="phrases"/> may start with (as <see cref="TextParsers.Phrase(string)"/> matches them), for <see cref="StartingWith"/>.</summary>
    internal static string FirstCharsOfPhrases(IEnumerable<string> phrases) =>
        new([.. phrases.SelectMany(PhraseFirstChars).Distinct().Order()]);

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
