using Pidgin;
using ImrParsing.Lexing;

namespace ImrParsing.Semantics;

/// <summary>
/// One way the letters write an MTUS guideline citation, with the rule that reads it. The forms
/// are tried in order (<see cref="MtusCitationForms.All"/>, or a parser's
/// <see cref="CitationRules.Forms"/>); a rule is a grammar over the statement's tokens (words,
/// numbers, marks of the letter, <see cref="Token"/>) that reads one citation from its first token
/// and stops after its last, before the separator or full stop that follows it. The citation's text
/// runs from the first token the rule read to the last, its values are the spans it returns.
/// </summary>
/// <remarks>
/// Where a citation's sections or title end depends on every form of the list (a chained citation
/// of any form ends the one before it), so a form's rule is made by <see cref="CitationRules"/>
/// from the list's <see cref="CitationParts"/>: a rule written once serves any list of forms.
/// <see cref="CitationParts"/> also holds the rules' building blocks (phrases, titles, years,
/// chapters, pages, effective dates).
/// </remarks>
public sealed class CitationForm
{
    private readonly Func<CitationParts, Parser<Token, CitationSyntax>> _rule;

    /// <summary>Makes a form whose rule needs the list's <see cref="CitationParts"/> (its sections end where a chained citation begins).</summary>
    /// <param name="name">A short, unique name for the form ("titleAndYear").</param>
    /// <param name="example">A citation of this form, as a letter writes it; <see cref="ImrParserBuilder.Build"/> checks that the form reads it.</param>
    /// <param name="start">
    /// What a citation of this form begins with ("Low Back Complaints 2004", "ACOEM Chapter 12"):
    /// where it follows a separator, the sections or title of the citation before it end. A short
    /// rule, so that finding where a citation ends never reads the citations after it.
    /// </param>
    /// <param name="rule">Makes the rule that reads a whole citation from the parts of the list it is in.</param>
    public CitationForm(string name, string example, Parser<Token, Unit> start, Func<CitationParts, Parser<Token, CitationSyntax>> rule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(example);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(rule);
        Name = name;
        Example = example;
        Start = start;
        _rule = rule;
    }

    /// <summary>Makes a form whose rule stands alone (it needs nothing of the other forms).</summary>
    /// <param name="name">A short, unique name for the form.</param>
    /// <param name="example">A citation of this form, as a letter writes it.</param>
    /// <param name="start">What a citation of this form begins with.</param>
    /// <param name="rule">The rule that reads a whole citation.</param>
    public CitationForm(string name, string example, Parser<Token, Unit> start, Parser<Token, CitationSyntax> rule)
        : this(name, example, start, _ => rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
    }

    /// <summary>A short name for the form ("titleAndYear").</summary>
    public string Name { get; }

    /// <summary>A citation of this form, as a letter writes it.</summary>
    public string Example { get; }

    /// <summary>What a citation of this form begins with.</summary>
    public Parser<Token, Unit> Start { get; }

    /// <summary>The rule that reads a whole citation of this form, in a list whose parts are <paramref name="parts"/>.</summary>
    internal Parser<Token, CitationSyntax> RuleFor(CitationParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return _rule(parts);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Example}";
}
