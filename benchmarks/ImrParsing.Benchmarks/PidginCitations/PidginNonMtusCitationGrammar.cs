using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// "Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter": free text up to the
/// end of the statement. The letters join a second guideline to the first with "and Other Medical
/// Treatment Guidelines" ("... (ODG) Carpal Tunnel Syndrome (Acute &amp; Chronic) and Other
/// Medical Treatment Guidelines AANEM Recommended Policy ..."): each is a citation of its own.
/// </summary>
internal static class PidginNonMtusCitationGrammar
{
    /// <summary>"Non-MTUS Citation", "NonMTUS Citation" (a hyphen joined at a line end), "Non-MTUS" alone.</summary>
    public static Parser<char, Unit> Lead { get; } =
        TextParsers.Phrase("Non")
            .Then(Char('-').Optional())
            .Then(TextParsers.Phrase("MTUS"))
            .Then(TextParsers.Phrase(" Citation").Optional())
            .Then(TextParsers.Space);

    /// <summary>The rule of <see cref="NonMtusCitationGrammar.OtherGuidelinesText"/>.</summary>
    public static Parser<char, Unit> OtherGuidelines { get; } = TextParsers.Phrase(NonMtusCitationGrammar.OtherGuidelinesText);

    /// <summary>The free text of one citation.</summary>
    public static Parser<char, PidginCitationSyntax> FreeText { get; } =
        PidginTextParsers.UpTo(TextParsers.FirstMatch([OtherGuidelines, PidginGuidelineBoundaries.StatementEnd]))
            .Or(PidginTextParsers.Rest)
            .Assert(range => !range.IsEmpty, "a citation")
            .Select(range => new PidginCitationSyntax { Mtus = false, Range = range });

    /// <summary>The lead and the citations after it.</summary>
    public static Parser<char, ImmutableArray<PidginCitationSyntax>> Citations { get; } =
        Lead.Then(PidginTextParsers.Chain(FreeText, OtherGuidelines.Then(TextParsers.Space)));
}
