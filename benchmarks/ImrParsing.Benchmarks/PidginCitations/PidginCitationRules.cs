using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The character rules the token reader replaced (<see cref="MtusStatementReader"/>, moved from src
/// as its reference): the guideline grammar of one ordered list of <see cref="PidginCitationForm"/>s: each form's rule, where
/// a citation of any of them begins, the chain after "MTUS ", and the statements of a guideline
/// part (<see cref="GuidelineGrammar"/>) that cite them. Immutable and thread-safe; each
/// <see cref="ImrParser"/> holds its own (<see cref="ImrParser.Citations"/>), and
/// <see cref="Default"/> is the one of <see cref="PidginCitationForms.All"/>.
/// </summary>
internal sealed class PidginCitationRules
{
    private readonly Parser<char, Unit> _citationStart;

    /// <summary>Makes the grammar of <paramref name="forms"/>, tried in order.</summary>
    /// <exception cref="ArgumentException">The list holds null or two forms of one name.</exception>
    public PidginCitationRules(IEnumerable<PidginCitationForm> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        Forms = [.. forms];
        if (Forms.Any(form => form is null) || Forms.DistinctBy(form => form.Name, StringComparer.Ordinal).Count() != Forms.Length)
        {
            throw new ArgumentException("The citation forms must have distinct names, and no null.", nameof(forms));
        }

        _citationStart = Forms.IsEmpty ? Parser<char>.Fail<Unit>("a citation form") : TextParsers.FirstMatch(Forms.Select(form => form.Start));

        // A chained citation of any form in this list ends the sections of the one before it; Rec
        // reads the start only when parsing, once it is set.
        Parts = new PidginCitationParts(TextParsers.FirstMatch(
        [
            PidginCitationGrammar.PagesAhead,
            PidginTextParsers.StartingWith("," + PidginTextParsers.AnySpaceChars, PidginCitationForms.Separator.Then(Rec(() => _citationStart))),
            PidginGuidelineBoundaries.StatementEnd,
        ]));
        Rules = [.. Forms.Select(form => form.RuleFor(Parts))];
        Citation = Rules.IsEmpty ? Parser<char>.Fail<PidginCitationSyntax>("a citation") : TextParsers.FirstMatch(Rules);
        Citations = TextParsers.Phrase("MTUS ").Then(PidginTextParsers.Chain(Citation, PidginCitationForms.Separator));
        CitationStatement = Map(
            (start, citations, end) => new GuidelineStatement(GuidelineStatementKind.Citations, new OffsetRange(start, end), citations),
            TextParsers.Offset,
            PidginGuidelineBoundaries.DecisionBasedOn
                .Then(TextParsers.Space)
                .Then(TextParsers.FirstMatch([Citations, PidginNonMtusCitationGrammar.Citations])),
            TextParsers.Offset);
        StatementForms = [CitationStatement, GuidelineGrammar.NoEvidenceCited, GuidelineGrammar.OutsideMtus];
        Statements = TextParsers.Space
            .Then(TextParsers.FirstMatch([.. StatementForms, GuidelineGrammar.Unread])
                .Before(Char('.').Optional())
                .Before(TextParsers.Space)
                .Many())
            .Select(statements => statements.ToImmutableArray());
    }

    /// <summary>The grammar of <see cref="PidginCitationForms.All"/>, which the default parser uses.</summary>
    public static PidginCitationRules Default { get; } = new(PidginCitationForms.All);

    /// <summary>The forms, in the order they are tried.</summary>
    public ImmutableArray<PidginCitationForm> Forms { get; }

    /// <summary>The rules the forms' rules are made with.</summary>
    public PidginCitationParts Parts { get; }

    /// <summary>Each form's rule, in the order of <see cref="Forms"/>.</summary>
    public ImmutableArray<Parser<char, PidginCitationSyntax>> Rules { get; }

    /// <summary>Where an MTUS citation of any of the forms begins.</summary>
    public Parser<char, Unit> CitationStart => _citationStart;

    /// <summary>One MTUS citation, of the first form that reads it.</summary>
    public Parser<char, PidginCitationSyntax> Citation { get; }

    /// <summary>"MTUS " and the citations chained after it.</summary>
    public Parser<char, ImmutableArray<PidginCitationSyntax>> Citations { get; }

    /// <summary>"Decision based on MTUS ..." or "Decision based on Non-MTUS Citation ...".</summary>
    public Parser<char, GuidelineStatement> CitationStatement { get; }

    /// <summary>The statements, in the order they are tried.</summary>
    public ImmutableArray<Parser<char, GuidelineStatement>> StatementForms { get; }

    /// <summary>Every statement of a guideline's text, in order; never fails.</summary>
    public Parser<char, ImmutableArray<GuidelineStatement>> Statements { get; }

    /// <summary>What <see cref="Statements"/> reads in a guideline's canonical text (nothing where it fails).</summary>
    public ImmutableArray<GuidelineStatement> ReadStatements(ReadOnlySpan<char> text) =>
        Statements.TryMatch(text, out var statements) ? statements : [];
}
