namespace ImrParsing.Annotation;

/// <summary>How <see cref="ImrRedactor"/> writes a redacted value.</summary>
public enum RedactionStyle
{
    /// <summary>A readable placeholder in its place: "[DATE]", "[AGE]", "[CASE NUMBER]", "[TEXT]".</summary>
    Placeholder,

    /// <summary>
    /// Every character but white space becomes "X": the text keeps its length and line breaks, so
    /// that the other values' offsets, lines and columns still hold.
    /// </summary>
    SameLength,
}

/// <summary>What <see cref="ImrRedactor"/> replaces, and how.</summary>
public sealed record RedactionOptions
{
    /// <summary>The kinds redacted unless others are chosen: dates, ages, case numbers, diagnoses and free text (the case summary's narrative, the rationales).</summary>
    public static IReadOnlySet<FieldKind> DefaultKinds { get; } =
        new HashSet<FieldKind> { FieldKind.Date, FieldKind.Age, FieldKind.CaseNumber, FieldKind.Diagnosis, FieldKind.FreeText };

    /// <summary>The default options.</summary>
    public static RedactionOptions Default { get; } = new();

    /// <summary>The kinds of field to replace; <see cref="DefaultKinds"/> unless set.</summary>
    public IReadOnlySet<FieldKind> Kinds { get; init; } = DefaultKinds;

    /// <summary>How a redacted value is written.</summary>
    public RedactionStyle Style { get; init; } = RedactionStyle.Placeholder;

    /// <summary>
    /// True (the default) to also replace every other place the words of a redacted value appear
    /// as whole words, ignoring case and spacing (the case number repeated in a footer, an age
    /// repeated in a rationale): a value is gone from the output, not only from its field's span.
    /// Values longer than <see cref="MaxRepeatedLength"/> characters (whole narratives) are not searched for.
    /// </summary>
    public bool EveryOccurrence { get; init; } = true;

    /// <summary>The longest value <see cref="EveryOccurrence"/> searches the letter for.</summary>
    public const int MaxRepeatedLength = 200;

    /// <summary>
    /// True (the default) to also replace, when dates are redacted, every date the date reader finds
    /// anywhere in the letter (in rationales, in lists, in the text of the form), not only the
    /// dates the model holds.
    /// </summary>
    public bool EveryDate { get; init; } = true;
}
