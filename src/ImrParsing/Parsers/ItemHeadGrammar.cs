using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>A partial authorization: the original request, the part authorized and the remaining portion that was decided.</summary>
/// <param name="Original">"X" in "X was the original request."</param>
/// <param name="Authorized">"Y" in "Y was authorized by the Claims Administrator."</param>
/// <param name="Remaining">"Z" in "The remaining IMR eligible portion of the original request, Z".</param>
internal readonly record struct PartialAuthorizationSyntax(OffsetRange Original, OffsetRange Authorized, OffsetRange Remaining);

/// <summary>
/// The head of a disputed item, up to (not including) the colon before its decision word. An ordinary
/// head is the request itself; a partial authorization takes one of two forms:
/// <code>
/// X was the original request. Y was authorized by the Claims Administrator.
///     The remaining IMR eligible portion of the original request, Z
/// X was the original request. The Claims Administrator authorized Y, leaving the original
///     request IMR eligible. The original request, Z
/// </code>
/// </summary>
internal static class ItemHeadGrammar
{
    private const string OriginalRequest = "was the original request";

    /// <summary>"Y was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Z".</summary>
    public static Parser<char, (OffsetRange Authorized, OffsetRange Remaining)> AuthorizedThenRemaining { get; } =
        Map(
            (authorized, remaining) => (authorized, remaining),
            TextParsers.Until("was authorized by the Claims Administrator")
                .Before(TextParsers.Phrase("was authorized by the Claims Administrator"))
                .Before(Char('.').Optional())
                .Before(TextParsers.Space)
                .Before(TextParsers.Phrase("The remaining IMR eligible portion of the original request"))
                .Before(Char(',').Optional())
                .Before(TextParsers.Space),
            TextParsers.Rest);

    /// <summary>"The Claims Administrator authorized Y, leaving the original request IMR eligible. The original request, Z".</summary>
    public static Parser<char, (OffsetRange Authorized, OffsetRange Remaining)> AuthorizedLeavingOriginal { get; } =
        Map(
            (authorized, remaining) => (authorized, remaining),
            TextParsers.Phrase("The Claims Administrator authorized")
                .Then(TextParsers.Space)
                .Then(TextParsers.Until(", leaving the original request", "leaving the original request"))
                .Before(Char(',').Optional())
                .Before(TextParsers.Space)
                .Before(TextParsers.Phrase("leaving the original request IMR eligible"))
                .Before(Char('.').Optional())
                .Before(TextParsers.Space)
                .Before(TextParsers.Phrase("The original request"))
                .Before(Char(',').Optional())
                .Before(TextParsers.Space),
            TextParsers.Rest);

    /// <summary>A partial authorization head in either form.</summary>
    public static Parser<char, PartialAuthorizationSyntax> PartialAuthorization { get; } =
        Map(
            (original, rest) => new PartialAuthorizationSyntax(original, rest.Authorized, rest.Remaining),
            TextParsers.Until(OriginalRequest)
                .Before(TextParsers.Phrase(OriginalRequest))
                .Before(Char('.').Optional())
                .Before(TextParsers.Space),
            OneOf(AuthorizedLeavingOriginal, AuthorizedThenRemaining));
}
