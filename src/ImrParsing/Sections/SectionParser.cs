using System.Collections.Immutable;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>
/// Reads one kind of section: it names the headings that open the section and the labels and
/// boilerplate sentences its body uses, and turns the body's lines into a record.
/// </summary>
public abstract class SectionParser
{
    /// <summary>Makes a section parser.</summary>
    /// <param name="name">The section's name in the document ("caseSummary").</param>
    /// <param name="layout">The form of letter the section belongs to.</param>
    /// <param name="headings">The headings that open the section.</param>
    protected SectionParser(string name, LetterLayout layout, params string[] headings)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(headings);
        if (headings.Length == 0)
        {
            throw new ArgumentException("A section needs at least one heading.", nameof(headings));
        }

        Name = name;
        Layout = layout;
        Headings = [.. headings];
    }

    /// <summary>The section's name in the document.</summary>
    public string Name { get; }

    /// <summary>The form of letter the section belongs to.</summary>
    public LetterLayout Layout { get; }

    /// <summary>The headings that open the section.</summary>
    public ImmutableArray<string> Headings { get; }

    /// <summary>The labels and boilerplate sentences the section's body uses.</summary>
    public virtual IEnumerable<LineRule> BodyRules => [];

    /// <summary>
    /// Reads the section's body and returns what it holds: a <see cref="ReviewerCredentials"/>, a
    /// <see cref="CaseSummary"/>, a list of <see cref="DisputedItem"/>s, or null.
    /// </summary>
    public abstract object? Parse(SectionContext context);
}
