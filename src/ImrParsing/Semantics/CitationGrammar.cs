using System.Collections.Immutable;

namespace ImrParsing.Semantics;

/// <summary>
/// The words and bounds of the parts citations are made of: titles ("Low Back Complaints"), pages
/// ("Page(s): 98-99", "pages 78, 80, 91"), read by <see cref="MtusStatementReader"/> and the
/// building blocks of <see cref="CitationParts"/>.
/// </summary>
internal static class CitationGrammar
{
    /// <summary>Characters a title does not hold: a title ends before them ("Chronic Pain Treatment Guidelines (Effective ...").</summary>
    public const string TitleBarriers = ".:;()[]0123456789";

    /// <summary>The longest title a rule looks for (the MTUS's run to 40 characters); the bound keeps the search short.</summary>
    public const int MaxTitleLength = 120;

    /// <summary>
    /// The MTUS titles that hold commas, from the regulation's list of clinical topics (8 CCR
    /// 9792.23.4 "Forearm, Wrist, and Hand Complaints") and the ACOEM chapter the 2017 MTUS adopted
    /// ("Hand, Wrist, and Forearm Disorders"). Any other title holds none: a chained citation's
    /// title begins after the last comma before its year.
    /// </summary>
    public static ImmutableArray<string> TitlesWithCommas { get; } =
    [
        "Forearm, Wrist, and Hand Complaints",
        "Forearm, Wrist, & Hand Complaints",
        "Hand, Wrist, and Forearm Disorders",
    ];

    /// <summary>The words that introduce pages, tried in this order: "Page(s):", "pages", "page", "pgs.", "pg.", "pp.", "p.", "p".</summary>
    public static ImmutableArray<string> PageLeads { get; } = ["Page(s):", "pages", "page", "pgs.", "pg.", "pp.", "p.", "p"];
}
