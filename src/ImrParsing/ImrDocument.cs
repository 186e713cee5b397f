using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ImrParsing.Diagnostics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing;

/// <summary>
/// An IMR Final Determination letter, read: the header table, the reviewer, the clinical case
/// summary and the disputed items with their decisions, each value with its span in the input.
/// Immutable and safe to share between threads.
/// </summary>
public sealed record ImrDocument
{
    /// <summary>The form of letter, known from its headings.</summary>
    public LetterLayout Layout { get; init; }

    /// <summary>
    /// The header table; null when the letter has none (older letters start at the first heading).
    /// For the 2013 notice, only its decision date ("Dated: 9/26/2013").
    /// </summary>
    public LetterHeader? Header { get; init; }

    /// <summary>The expert reviewer's credentials.</summary>
    public ReviewerCredentials? Reviewer { get; init; }

    /// <summary>The clinical case summary.</summary>
    public CaseSummary? CaseSummary { get; init; }

    /// <summary>The disputed items, in the order the letter gives them.</summary>
    public ImmutableArray<DisputedItem> Items { get; init; } = [];

    /// <summary>
    /// What a parser's extensions read, in the order of the letter: sections and header fields
    /// added with an <see cref="ImrParserBuilder"/>, each under its name with its span. Empty with
    /// the default parser.
    /// </summary>
    public ImmutableArray<ExtensionValue> Extensions { get; init; } = [];

    /// <summary>The letter's top-level parts; their full spans tile the input.</summary>
    public ImmutableArray<LetterSection> Sections { get; init; } = [];

    /// <summary>Text that could not be interpreted, kept with a warning for each.</summary>
    public ImmutableArray<UnrecognizedText> Unrecognized { get; init; } = [];

    /// <summary>What the parser noticed: missing parts, unrecognized text, inconsistencies.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The text that was parsed, with its line table; null for a document read from JSON.</summary>
    [JsonIgnore]
    public SourceText? Source { get; init; }

    /// <summary>The first value an extension named <paramref name="name"/> read, or null.</summary>
    public ExtensionValue? Extension(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var extension in Extensions)
        {
            if (string.Equals(extension.Name, name, StringComparison.Ordinal))
            {
                return extension;
            }
        }

        return null;
    }

    /// <summary>Parses an IMR letter with the default parser.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ImrParseException">The text is not an IMR letter, or is longer than the parser accepts.</exception>
    public static ImrDocument Parse(string text) => ImrParser.Default.Parse(text);

    /// <summary>Parses an IMR letter with the default parser, returning false and the error instead of throwing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, [NotNullWhen(true)] out ImrDocument? document, [NotNullWhen(false)] out ImrParseError? error) =>
        ImrParser.Default.TryParse(text, out document, out error);

    /// <summary>Parses an IMR letter with <paramref name="parser"/>, for example one an <see cref="ImrParserBuilder"/> extended.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="parser"/> is null.</exception>
    /// <exception cref="ImrParseException">The text is not an IMR letter, or is longer than the parser accepts.</exception>
    public static ImrDocument Parse(string text, ImrParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return parser.Parse(text);
    }

    /// <summary>Parses an IMR letter with <paramref name="parser"/>, returning false and the error instead of throwing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="parser"/> is null.</exception>
    public static bool TryParse(string text, ImrParser parser, [NotNullWhen(true)] out ImrDocument? document, [NotNullWhen(false)] out ImrParseError? error)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return parser.TryParse(text, out document, out error);
    }
}
