namespace ImrParsing.Tokenizing;

/// <summary>How a <see cref="LineRule"/>'s phrase must sit on a line.</summary>
public enum LineMatch
{
    /// <summary>The phrase is the whole line, optionally followed by a colon (headings).</summary>
    WholeLine,

    /// <summary>The line starts with the phrase (labels, boilerplate sentences).</summary>
    Prefix,
}

/// <summary>
/// Recognizes one kind of line by a fixed phrase: a section heading, a field label or a sentence of
/// the letter's form. Matching ignores ASCII case and accepts any run of white space (no-break
/// spaces, tabs, a line break in a split heading) where the phrase has one space.
/// </summary>
/// <param name="Name">A stable name, unique in a parser ("heading.caseSummary", "label.decisionRationale").</param>
/// <param name="Phrase">The words that identify the line.</param>
/// <param name="Kind">What a matching line is.</param>
/// <param name="Match">Where the phrase must sit on the line.</param>
public sealed record LineRule(string Name, string Phrase, LineKind Kind, LineMatch Match)
{
    /// <summary>A heading that makes up the whole line.</summary>
    public static LineRule Heading(string name, string phrase) => new(name, phrase, LineKind.Heading, LineMatch.WholeLine);

    /// <summary>A label that starts a line.</summary>
    public static LineRule Label(string name, string phrase) => new(name, phrase, LineKind.Label, LineMatch.Prefix);

    /// <summary>A sentence of the letter's form that starts a line and carries no data.</summary>
    public static LineRule Boilerplate(string name, string phrase) => new(name, phrase, LineKind.Boilerplate, LineMatch.Prefix);
}
