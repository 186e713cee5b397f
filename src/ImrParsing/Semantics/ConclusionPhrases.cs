using System.Collections.Immutable;

namespace ImrParsing.Semantics;

/// <summary>
/// How a rationale states its conclusion: "the request is not medically necessary", "is
/// determined to not be medically necessary", "cannot be considered medically necessary", "is not
/// a medical necessity", "Medical necessity has not been established", "is medically necessary",
/// and the older letters' "the request is non-certified". A negation reaches the words it governs
/// across at most <see cref="MaxWordsBetween"/> words of the same clause, and not across another
/// verb "is"/"are"/"was"/"were" ("did not improve, so the request is medically necessary" is positive).
/// </summary>
internal static class ConclusionPhrases
{
    /// <summary>The most words between a negation and what it negates ("is not supported by the provided records as being medically necessary").</summary>
    public const int MaxWordsBetween = 8;

    /// <summary>The marks a word stops at (with white space): those that end a clause, and the hyphen.</summary>
    public const string WordStops = ".,;:!?-";

    /// <summary>The words that negate: "cannot", "not".</summary>
    public static ImmutableArray<string> Negations { get; } = ["cannot", "not"];

    /// <summary>The verbs that start a clause of their own: "is", "are", "was", "were".</summary>
    public static ImmutableArray<string> Copulas { get; } = ["is", "are", "was", "were"];

    /// <summary>"medical necessity", as a subject ("Medical necessity has not been established").</summary>
    public const string MedicalNecessity = "medical necessity";

    /// <summary>"medically necessary".</summary>
    public const string MedicallyNecessary = "medically necessary";

    /// <summary>What a negation makes a statement of necessity: "medically necessary", "medical necessity".</summary>
    public static ImmutableArray<string> Necessities { get; } = [MedicallyNecessary, MedicalNecessity];

    /// <summary>What medical necessity has not been: "established", "demonstrated", ...</summary>
    public static ImmutableArray<string> Participles { get; } = ["established", "demonstrated", "shown", "substantiated", "supported", "met"];

    /// <summary>"certified", and the prefix of "non-certified", "been" and "be".</summary>
    public const string CertifiedText = "certified";

    /// <inheritdoc cref="CertifiedText"/>
    public const string Non = "non";

    /// <inheritdoc cref="CertifiedText"/>
    public const string Been = "been";

    /// <inheritdoc cref="CertifiedText"/>
    public const string Be = "be";

    /// <summary>
    /// The judgements a rationale may conclude with when it names neither medical necessity nor
    /// certification: "indicated", "appropriate", "recommended", "supported", "necessary",
    /// "warranted", "reasonable", "justified".
    /// </summary>
    public static ImmutableArray<string> Judgements { get; } =
        ["indicated", "appropriate", "recommended", "supported", "necessary", "warranted", "reasonable", "justified"];

    /// <summary>The contractions that negate ("doesn't", "isn't"), with either apostrophe.</summary>
    public static ImmutableArray<string> Contractions { get; } =
    [
        .. new[] { "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "won't", "wouldn't", "shouldn't", "couldn't", "hasn't", "haven't", "hadn't" }
            .SelectMany(word => new[] { word, word.Replace('\'', '\u2019') }),
    ];

    /// <summary>The most words between a negation or a verb and the judgement it governs in the other statements ("cannot be considered medically indicated").</summary>
    public const int MaxWordsBeforeJudgement = 3;
}
