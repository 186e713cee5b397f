namespace ImrParsing.Annotation;

/// <summary>What <see cref="ImrAnnotator"/> marks and how it titles the page.</summary>
public sealed record AnnotationOptions
{
    /// <summary>The default options: every kind of field, the case number as the title.</summary>
    public static AnnotationOptions Default { get; } = new();

    /// <summary>The kinds of field to mark; every kind unless set.</summary>
    public IReadOnlySet<FieldKind> Kinds { get; init; } = Enum.GetValues<FieldKind>().ToHashSet();

    /// <summary>The page's title; the letter's case number (or "IMR letter") when null.</summary>
    public string? Title { get; init; }
}
