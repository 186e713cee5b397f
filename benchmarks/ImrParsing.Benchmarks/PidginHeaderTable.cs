using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The header table as the Pidgin rule that read it before <see cref="HeaderTableGrammar.Read"/>:
/// the baseline of `HeaderTableBenchmarks` and the tests' reference for the reader (shared as
/// source). Its tokens' offsets are relative to the text it parsed.
/// </summary>
internal static class PidginHeaderTable
{
    /// <summary>The table rule of <paramref name="labels"/>, tried in order.</summary>
    public static Parser<char, ImmutableArray<HeaderToken>> Of(IEnumerable<HeaderLabel> labels)
    {
        var each = labels.Select(label => PidginTextParsers.Captured(TextParsers.Phrase(label.Phrase))
            .Select(range => new HeaderToken(HeaderTokenKind.Label, label, range.Start, range.End)));
        var label = OneOf(each);
        var continuation = PidginTextParsers.Captured(TextParsers.Phrase("Received:"))
            .Select(range => new HeaderToken(HeaderTokenKind.LabelContinuation, null, range.Start, range.End));
        var value = PidginTextParsers.Word.Select(range => new HeaderToken(HeaderTokenKind.Value, null, range.Start, range.End));
        var token = OneOf(label, continuation, value);
        return TextParsers.Space.Then(token.Before(TextParsers.Space).Many()).Select(tokens => tokens.ToImmutableArray());
    }
}
