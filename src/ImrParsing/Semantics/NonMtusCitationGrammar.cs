using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// "Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter": free text up to the
/// end of the statement. The letters join a second guideline to the first with "and Other Medical
/// Treatment Guidelines" ("... (ODG) Carpal Tunnel Syndrome (Acute &amp; Chronic) and Other
/// Medical Treatment Guidelines AANEM Recommended Policy ..."): each is a citation of its own.
/// </summary>
internal static class NonMtusCitationGrammar
{
    /// <summary>"Non-MTUS Citation", "NonMTUS Citation" (a hyphen joined at a line end), "Non-MTUS" alone.</summary>
    public static Parser<char, Unit> Lead { get; } =
        TextParsers.Phrase("Non")
            .Then(Char('-').Optional())
            .Then(TextParsers.Phrase("MTUS"))
            .Then(TextParsers.Phrase(" Citation").Optional())
            .Then(TextParsers.Space);

    /// <summary>" and Other Medical Treatment Guidelines", which joins a second guideline.</summary>
    public const string OtherGuidelinesText = " and Other Medical Treatment Guidelines";

    /// <summary>The rule of <see cref="OtherGuidelinesText"/>.</summary>
    public static Parser<char, Unit> OtherGuidelines { get; } = TextParsers.Phrase(OtherGuidelinesText);

    /// <summary>The free text of one citation.</summary>
    public static Parser<char, CitationSyntax> FreeText { get; } =
        TextParsers.UpTo(TextParsers.FirstMatch([OtherGuidelines, GuidelineBoundaries.StatementEnd]))
            .Or(TextParsers.Rest)
            .Assert(range => !range.IsEmpty, "a citation")
            .Select(range => new CitationSyntax { Mtus = false, Range = range });

    /// <summary>The lead and the citations after it.</summary>
    public static Parser<char, ImmutableArray<CitationSyntax>> Citations { get; } =
        Lead.Then(TextParsers.Chain(FreeText, OtherGuidelines.Then(TextParsers.Space)));
}
