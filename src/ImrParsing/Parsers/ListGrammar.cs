using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>Lists written in a line of prose: "California,North Carolina", "Texas, New York and California".</summary>
internal static class ListGrammar
{
    /// <summary>Items separated by commas; empty items are left out.</summary>
    public static Parser<char, ImmutableArray<OffsetRange>> CommaSeparated { get; } = Separated(
        TextParsers.Until(",").Or(TextParsers.Rest),
        Char(',').IgnoreResult());

    /// <summary>Items separated by commas or the word "and" ("Texas, New York, and California").</summary>
    public static Parser<char, ImmutableArray<OffsetRange>> CommaOrAndSeparated { get; } = Separated(
        TextParsers.Until(",", " and ").Or(TextParsers.Rest),
        OneOf(Char(',').Then(TextParsers.Space).Then(TextParsers.Phrase("and ").Optional()).IgnoreResult(), TextParsers.Phrase(" and ")));

    private static Parser<char, ImmutableArray<OffsetRange>> Separated(Parser<char, OffsetRange> item, Parser<char, Unit> separator) =>
        item.SeparatedAtLeastOnce(separator)
            .Before(Parser<char>.End)
            .Select(items => items.Where(range => !range.IsEmpty).ToImmutableArray());
}
