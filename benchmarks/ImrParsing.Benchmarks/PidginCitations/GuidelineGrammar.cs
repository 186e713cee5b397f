using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The statements of a guideline part, read from its canonical text: "Decision based on MTUS Low
/// Back Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS Citation
/// Official Disability Guidelines (ODG), Low Back Chapter.", "The Claims Administrator did not
/// cite any medical evidence for its decision.", "The Expert Reviewer based their decision on
/// recommendation(s) outside of the MTUS Guidelines.". Text that is none of these is kept as an
/// <see cref="GuidelineStatementKind.Unread"/> statement up to the next one.
/// </summary>
internal static class GuidelineGrammar
{
    private static readonly ImmutableArray<PidginCitationSyntax> NoCitations = [];

    /// <summary>"Decision based on MTUS ..." or "Decision based on Non-MTUS Citation ..." (with the default citation forms).</summary>
    public static Parser<char, GuidelineStatement> CitationStatement => PidginCitationRules.Default.CitationStatement;

    /// <summary>"The Claims Administrator did not cite any medical evidence for its decision."</summary>
    public static Parser<char, GuidelineStatement> NoEvidenceCited { get; } =
        Sentence(PidginGuidelineBoundaries.NoEvidencePhrase, GuidelineStatementKind.NoEvidenceCited);

    /// <summary>"The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines."</summary>
    public static Parser<char, GuidelineStatement> OutsideMtus { get; } =
        Sentence(PidginGuidelineBoundaries.OutsideMtusPhrase, GuidelineStatementKind.OutsideMtus);

    /// <summary>Text up to the next statement (or the end), when no statement reads it.</summary>
    public static Parser<char, GuidelineStatement> Unread { get; } =
        PidginTextParsers.Captured(Parser<char>.Any.Then(PidginTextParsers.UpTo(PidginGuidelineBoundaries.StatementEnd).Or(PidginTextParsers.Rest)))
            .Select(range => new GuidelineStatement(GuidelineStatementKind.Unread, range, NoCitations));

    /// <summary>The statements, in the order they are tried (with the default citation forms).</summary>
    public static ImmutableArray<Parser<char, GuidelineStatement>> StatementForms => PidginCitationRules.Default.StatementForms;

    /// <summary>Every statement of a guideline's text, in order; never fails (with the default citation forms: a parser's own are <see cref="PidginCitationRules.Statements"/>).</summary>
    public static Parser<char, ImmutableArray<GuidelineStatement>> Statements => PidginCitationRules.Default.Statements;

    // A sentence that holds a fixed phrase, up to its full stop.
    private static Parser<char, GuidelineStatement> Sentence(Parser<char, Unit> phrase, GuidelineStatementKind kind) =>
        PidginTextParsers.Captured(
                PidginTextParsers.UpTo(phrase, ".")
                    .Then(phrase)
                    .Then(PidginTextParsers.UpTo(Char('.')).Or(PidginTextParsers.Rest)))
            .Select(range => new GuidelineStatement(kind, range, NoCitations));
}
