namespace ImrParsing;

/// <summary>
/// A rule that can never apply because an earlier rule of the same list always applies in its
/// place, found by <see cref="ImrParserBuilder.Build"/>.
/// </summary>
/// <param name="List">The builder's list ("LineRules", "DecisionWords", "ServiceRules", ...); for line rules a section brings, "Sections".</param>
/// <param name="Rule">The name of the rule that never applies.</param>
/// <param name="ShadowedBy">The name of the earlier rule that applies in its place.</param>
/// <param name="Message">What happens and how to fix it.</param>
public sealed record RuleConflict(string List, string Rule, string ShadowedBy, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>
/// Thrown by <see cref="ImrParserBuilder.Build"/> when rules are shadowed: the message lists each
/// <see cref="RuleConflict"/>, which says what shadows what and how to reorder.
/// </summary>
public sealed class RuleConflictException : InvalidOperationException
{
    /// <summary>Makes the exception for <paramref name="conflicts"/>.</summary>
    public RuleConflictException(IReadOnlyList<RuleConflict> conflicts)
        : base(Describe(conflicts))
    {
        Conflicts = [.. conflicts];
    }

    /// <summary>Makes the exception with a message of its own.</summary>
    public RuleConflictException()
    {
    }

    /// <summary>Makes the exception with a message of its own.</summary>
    public RuleConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Makes the exception with a message of its own and the exception that caused it.</summary>
    public RuleConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Every shadowed rule, in the order of the lists.</summary>
    public IReadOnlyList<RuleConflict> Conflicts { get; } = [];

    private static string Describe(IReadOnlyList<RuleConflict> conflicts)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        return conflicts.Count == 1
            ? $"A rule can never apply: {conflicts[0].Message}"
            : $"{conflicts.Count} rules can never apply:{Environment.NewLine}" + string.Join(Environment.NewLine, conflicts.Select(conflict => "- " + conflict.Message));
    }
}
