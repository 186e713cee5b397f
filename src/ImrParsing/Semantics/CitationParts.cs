using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Lexing;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// The building blocks of citation forms' rules, grammars over a guideline statement's tokens
/// (<see cref="Token"/>): phrases, titles, years, chapters, effective dates, pages and the span of
/// any rule (<see cref="SpanOf"/>), each giving
/// where it is in the letter (from its first token's start to its last token's end), and the rules
/// that depend on the whole list of forms: where a citation's sections or title end (pages, the
/// next chained citation of any form, the end of the statement) and the sections up to there.
/// Compose them with Pidgin's combinators (<c>Map</c>, <c>Then</c>, <c>Optional</c>, ...).
/// </summary>
public sealed class CitationParts
{
    internal CitationParts()
    {
    }

    /// <summary>Where the sections or title of a citation end: pages, the next chained citation, or the end of the statement. Reads nothing.</summary>
    public Parser<Token, Unit> PartEnd { get; } = new MtusStatementReader.PartEndBlock();

    /// <summary>The sections of a citation ("Special Studies, Opioids, criteria for use", "3.3.1 ..., 3.3.2 ...") up to <see cref="PartEnd"/>, or none.</summary>
    public Parser<Token, ImmutableArray<TextSpan>> SectionsOrNone { get; } = new MtusStatementReader.SectionsBlock(MtusStatementReader.SectionsStart.None);

    /// <summary>
    /// Words and marks, each token whole and ignoring ASCII case, white space where the phrase has
    /// some ("Drug Formulary", "Section(s):"); white space it starts with must stand before it, a
    /// mark it starts with must follow what the rule read before it directly (", Section(s):").
    /// </summary>
    /// <param name="phrase">The phrase, as a letter writes it.</param>
    public static Parser<Token, TextSpan> Phrase(string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        return new MtusStatementReader.PhraseBlock(phrase);
    }

    /// <summary>A guideline's year: four digits from 1900 to 2099, a whole token ("2004").</summary>
    public static Parser<Token, (int Value, TextSpan Span)> Year { get; } = new MtusStatementReader.YearBlock();

    /// <summary>"Chapter 12": the number and where it is.</summary>
    public static Parser<Token, (int Value, TextSpan Span)> Chapter { get; } = new MtusStatementReader.ChapterBlock(acoem: false);

    /// <summary>A title up to a year ("Low Back Complaints" in "Low Back Complaints 2004"), within 120 characters and holding no digit, bracket, colon or full stop; the year is left for <see cref="Year"/>.</summary>
    public static Parser<Token, TextSpan> TitleBeforeYear { get; } = new MtusStatementReader.TitleBlock(beforeYear: true, chained: false);

    /// <summary>
    /// Where in the letter the tokens <paramref name="rule"/> reads are, from the first one's start
    /// to the last one's end: the span of a part written with Pidgin's own combinators
    /// ("<c>SpanOf(Parser&lt;Token&gt;.Any.AtLeastOnceUntil(Lookahead(parts.PartEnd)))</c>", a title up to
    /// where the part ends). Fails where the rule fails or reads no token.
    /// </summary>
    /// <typeparam name="T">What the rule reads.</typeparam>
    /// <param name="rule">The rule.</param>
    public static Parser<Token, TextSpan> SpanOf<T>(Parser<Token, T> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new CitationSpan<T>(rule);
    }

    /// <summary>A title up to " Guidelines" ("Chronic Pain Treatment" in "Chronic Pain Treatment Guidelines"), bounded as <see cref="TitleBeforeYear"/>; the word is left for the next rule.</summary>
    internal static Parser<Token, TextSpan> TitleBeforeGuidelines { get; } = new MtusStatementReader.TitleBlock(beforeYear: false, chained: false);

    /// <summary>"(Effective July 18, 2009)": the date and where it is.</summary>
    public static Parser<Token, (DateOnly Value, TextSpan Span)> EffectiveDate { get; } = new MtusStatementReader.EffectiveDateBlock();

    /// <summary>The pages that close a citation, after a comma or white space ("Page(s): 98-99", ", pages 78, 80, 91"), or none.</summary>
    public static Parser<Token, ImmutableArray<TextSpan>> PagesOrNone { get; } = new MtusStatementReader.PagesBlock();

    /// <summary>A chained citation's title up to its year: one of the titles with commas, or words without one.</summary>
    internal static Parser<Token, TextSpan> ChainedTitleBeforeYear { get; } = new MtusStatementReader.TitleBlock(beforeYear: true, chained: true);

    /// <summary>"Chapter 12" after an optional "ACOEM ".</summary>
    internal static Parser<Token, (int Value, TextSpan Span)> AcoemChapter { get; } = new MtusStatementReader.ChapterBlock(acoem: true);

    /// <summary>An ACOEM chapter's title, up to a comma or the part's end.</summary>
    internal static Parser<Token, TextSpan> AcoemTitle { get; } = new MtusStatementReader.AcoemTitleBlock();

    /// <summary>", Section(s):" and the sections after it, or none where it is not there.</summary>
    internal Parser<Token, ImmutableArray<TextSpan>> LabelledSections { get; } = new MtusStatementReader.SectionsBlock(MtusStatementReader.SectionsStart.Comma);

    /// <summary>White space and the sections after it where no pages follow, or none.</summary>
    internal Parser<Token, ImmutableArray<TextSpan>> SpacedSections { get; } = new MtusStatementReader.SectionsBlock(MtusStatementReader.SectionsStart.Space);
}
