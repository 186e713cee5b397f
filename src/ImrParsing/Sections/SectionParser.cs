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
    private protected SectionParser(string name, LetterLayout layout, params string[] headings)
        : this(name, [layout], headings)
    {
    }

    /// <summary>Makes a section parser for a section that several forms of letter share.</summary>
    /// <param name="name">The section's name in the document ("caseSummary").</param>
    /// <param name="layouts">The forms of letter the section belongs to; the first is <see cref="Layout"/>.</param>
    /// <param name="headings">The headings that open the section.</param>
    protected SectionParser(string name, LetterLayout[] layouts, params string[] headings)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(layouts);
        ArgumentNullException.ThrowIfNull(headings);
        if (headings.Length == 0 || layouts.Length == 0)
        {
            throw new ArgumentException("A section needs at least one heading and one layout.", headings.Length == 0 ? nameof(headings) : nameof(layouts));
        }

        Name = name;
        Layouts = [.. layouts];
        Headings = [.. headings];
        ReaderName = GetType().Name;
    }

    /// <summary>The reader's type name, as a diagnostic of a reader that failed names it: read once, not at every parse.</summary>
    internal string ReaderName { get; }

    /// <summary>The section's name in the document.</summary>
    public string Name { get; }

    /// <summary>
    /// The section's name in a parser's list of sections (<see cref="ImrParserBuilder.Sections"/>):
    /// its <see cref="Layout"/>'s JSON name and its <see cref="Name"/>
    /// ("finalDeterminationWithDocuments.documentsReviewed"), unique where several layouts have a
    /// section of the same name.
    /// </summary>
    public string Id => $"{Layout.JsonName()}.{Name}";

    /// <summary>The form of letter the section belongs to (the first of <see cref="Layouts"/>).</summary>
    internal LetterLayout Layout => Layouts[0];

    /// <summary>Every form of letter the section belongs to; a letter's layout is the one its sections have in common.</summary>
    public ImmutableArray<LetterLayout> Layouts { get; }

    /// <summary>
    /// True when a letter of the section's layouts must have the section (a missing one is reported);
    /// false for parts an extractor may lose without harm, such as a letterhead.
    /// </summary>
    public virtual bool IsRequired => true;

    /// <summary>True when the section may appear more than once, each adding to the document (the decisions).</summary>
    public virtual bool Repeats => false;

    /// <summary>The headings that open the section.</summary>
    public ImmutableArray<string> Headings { get; }

    /// <summary>The heading a letter of <paramref name="layout"/> gives the section, for messages.</summary>
    public virtual string HeadingIn(LetterLayout layout) => Headings[0];

    /// <summary>The labels and boilerplate sentences the section's body uses.</summary>
    public virtual IEnumerable<LineRule> BodyRules => [];

    /// <summary>
    /// Reads the section's body and returns what it holds: a <see cref="ReviewerCredentials"/>, a
    /// <see cref="CaseSummary"/>, a <see cref="LetterHeader"/>, a list of <see cref="DisputedItem"/>s,
    /// <see cref="SharedItemParts"/>, an <see cref="ExtensionValue"/> (see <see cref="SectionParser{T}"/>),
    /// or null. The document takes the first of each kind (items and shared parts from every section).
    /// </summary>
    public abstract object? Parse(SectionContext context);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {string.Join(" | ", Headings)}";
}
