namespace ImrParsing.Syntax;

/// <summary>What the case summary says of the injured worker.</summary>
public sealed record Patient
{
    /// <summary>Age in years ("a 48 year old male").</summary>
    public Spanned<int>? Age { get; init; }

    /// <summary>Sex ("male", "female").</summary>
    public Spanned<Sex>? Sex { get; init; }
}
