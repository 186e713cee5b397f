using System.Collections.Immutable;
using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>
/// One guideline a decision was based on: an MTUS guideline ("MTUS Chronic Pain Medical Treatment
/// 2009, Section(s): Opioids, criteria for use", "MTUS ACOEM Chapter 12 Low Back Complaints
/// Page(s): 298") or a Non-MTUS citation ("Official Disability Guidelines (ODG), Pain Chapter").
/// </summary>
public sealed record GuidelineCitation
{
    /// <summary>True for a guideline of the MTUS, false for a "Non-MTUS Citation".</summary>
    public bool Mtus { get; init; }

    /// <summary>The MTUS guideline's title ("Chronic Pain Medical Treatment", "Low Back Complaints"), without its year or the word "Guidelines"; null for a Non-MTUS citation.</summary>
    public TextValue? Title { get; init; }

    /// <summary>The guideline's edition year ("2004", "2009", "2016"), or the year of its effective date; null when not stated.</summary>
    public Spanned<int>? Year { get; init; }

    /// <summary>The chapter number, where one is given ("ACOEM Chapter 12", "Chapter 7").</summary>
    public Spanned<int>? Chapter { get; init; }

    /// <summary>
    /// The chapter a Non-MTUS citation names in words ("Low Back (Acute &amp; Chronic) Chapter",
    /// "Pain (Chronic)"), where stated; the chapters of the Official Disability Guidelines are read
    /// from their published list.
    /// </summary>
    public TextValue? ChapterName { get; init; }

    /// <summary>The sections cited ("Special Studies", "3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment").</summary>
    public ImmutableArray<TextValue> Sections { get; init; } = [];

    /// <summary>The pages cited, each a page or a range as written ("98-99", "78", "80").</summary>
    public ImmutableArray<TextValue> Pages { get; init; } = [];

    /// <summary>The guideline's effective date, where stated ("Effective July 18, 2009").</summary>
    public Spanned<DateOnly>? EffectiveDate { get; init; }

    /// <summary>
    /// The citation's words: for an MTUS guideline the whole citation after "MTUS" (title, year,
    /// sections and pages); for a Non-MTUS citation its free text.
    /// </summary>
    public required TextValue Text { get; init; }

    /// <summary>Where the citation is.</summary>
    public TextSpan Span { get; init; }
}
