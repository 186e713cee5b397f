using System.Collections.Immutable;
using ImrParsing.Syntax;

namespace ImrParsing.Semantics;

/// <summary>
/// A rule of the <see cref="BodyRegionClassifier"/>: words (<see cref="Phrases"/>, whole words, case
/// and spacing ignored) that name <see cref="Region"/> ("low back", "lumbar", "L4" name the lumbar spine).
/// </summary>
public sealed class BodyRegionRule
{
    /// <summary>Makes a rule.</summary>
    /// <param name="region">The canonical region ("lumbar spine").</param>
    /// <param name="phrases">The words that name it.</param>
    public BodyRegionRule(string region, params string[] phrases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrases.Length == 0 || phrases.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A body region rule needs at least one non-empty phrase.", nameof(phrases));
        }

        Region = region;
        Phrases = [.. phrases.OrderByDescending(phrase => phrase.Length)];
    }

    /// <summary>The canonical region.</summary>
    public string Region { get; }

    /// <summary>The words that name it, longest first (so "lumbar spine" is read whole before "lumbar").</summary>
    public ImmutableArray<string> Phrases { get; }

    /// <summary>The side the words themselves state, as "RUE" (right upper extremity) does; null for most rules.</summary>
    public BodySide? Side { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Region}{(Side is { } side ? $" ({side})" : string.Empty)}: {string.Join(", ", Phrases)}";
}
