using System.Collections.Immutable;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// A rule of the <see cref="ServiceClassifier"/>: a request that contains one of
/// <see cref="Phrases"/> as whole words (case and spacing ignored) asks for <see cref="Service"/>.
/// </summary>
public sealed class ServiceRule
{
    /// <summary>Makes a rule.</summary>
    /// <param name="service">The canonical service kind ("physical therapy").</param>
    /// <param name="phrases">The words that identify it ("physical therapy", "PT", "physiotherapy").</param>
    public ServiceRule(string service, params string[] phrases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrases.Length == 0 || phrases.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A service rule needs at least one non-empty phrase.", nameof(phrases));
        }

        Service = service;
        Name = service;
        Phrases = [.. phrases];
    }

    /// <summary>
    /// The rule's name in a parser's list of service rules (<see cref="ImrParserBuilder.ServiceRules"/>):
    /// its <see cref="Service"/> unless set, to tell apart rules of one service at different places in the order.
    /// </summary>
    public string Name
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>The canonical service kind.</summary>
    public string Service { get; }

    /// <summary>The phrases that identify it.</summary>
    public ImmutableArray<string> Phrases { get; }

    /// <summary>Where the first of <see cref="Phrases"/> occurs in <paramref name="text"/> (the leftmost; the longest at one place), or null.</summary>
    internal SourceWords? Match(ReadOnlySpan<char> text)
    {
        SourceWords? best = null;
        foreach (string phrase in Phrases)
        {
            int at = WholeWords.IndexOf(text, phrase, out int length);
            if (at >= 0 && (best is not { } current || at < current.Start || (at == current.Start && at + length > current.End)))
            {
                best = new SourceWords(at, at + length);
            }
        }

        return best;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Service}: {string.Join(", ", Phrases)}";
}
