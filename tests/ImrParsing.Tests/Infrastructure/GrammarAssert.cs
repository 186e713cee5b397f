using ImrParsing.Parsers;
using Pidgin;

using ImrParsing.Text;

namespace ImrParsing.Tests.Infrastructure;

/// <summary>Assertions for grammar rules, in the spirit of Pidgin's own ParserTestBase.</summary>
public static class GrammarAssert
{
    /// <summary>The rule accepts <paramref name="input"/>; returns its result.</summary>
    public static T Parses<T>(Parser<char, T> rule, string input)
    {
        var result = rule.Parse(input);
        if (!result.Success)
        {
            Assert.Fail($"expected the rule to accept \"{input}\": {result.Error}");
        }

        return result.Value;
    }

    /// <summary>The rule rejects <paramref name="input"/>; returns Pidgin's error.</summary>
    public static ParseError<char> Fails<T>(Parser<char, T> rule, string input)
    {
        var result = rule.Parse(input);
        result.Success.ShouldBeFalse($"expected the rule to reject \"{input}\"");
        return result.Error!;
    }

    /// <summary>The text a rule's range covers.</summary>
    internal static string Slice(this string input, OffsetRange range) => input[range.Start..range.End];

    /// <summary>The texts of several ranges.</summary>
    internal static string[] Slices(this string input, IEnumerable<OffsetRange> ranges) => ranges.Select(input.Slice).ToArray();
}
