using System.Collections.Immutable;
using ImrParsing.Syntax;

namespace ImrParsing.Semantics;

/// <summary>Words that state a side of the body ("left", "Lt"; "bilateral", "both").</summary>
public sealed class SideRule
{
    /// <summary>Makes a rule.</summary>
    /// <param name="side">The side.</param>
    /// <param name="phrases">The words that state it.</param>
    public SideRule(BodySide side, params string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrases.Length == 0 || phrases.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A side rule needs at least one non-empty phrase.", nameof(phrases));
        }

        Side = side;
        Phrases = [.. phrases.OrderByDescending(phrase => phrase.Length)];
    }

    /// <summary>The side.</summary>
    public BodySide Side { get; }

    /// <summary>The words that state it, longest first.</summary>
    public ImmutableArray<string> Phrases { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Side}: {string.Join(", ", Phrases)}";
}
