using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

namespace ImrParsing.Parsers;

/// <summary>
/// The header table's grammar (<see cref="HeaderGrammar"/>) for one ordered list of
/// <see cref="HeaderLabel"/>s: the first label whose phrase matches wins, so a label must come
/// before any shorter label it starts with ("Application Received:" before "Application").
/// Immutable and thread-safe; each <see cref="ImrParser"/> holds its own (<see cref="ImrParser.HeaderTable"/>).
/// </summary>
internal sealed class HeaderTableGrammar
{
    /// <summary>Makes the grammar of <paramref name="labels"/>, tried in order.</summary>
    /// <exception cref="ArgumentException">The list holds null.</exception>
    public HeaderTableGrammar(IEnumerable<HeaderLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Labels = [.. labels];
        if (Labels.Any(label => label is null))
        {
            throw new ArgumentException("The header labels must not contain null.", nameof(labels));
        }

        var each = Labels.Select(label => TextParsers.Captured(TextParsers.Phrase(label.Phrase)).Select(range => new HeaderToken(HeaderTokenKind.Label, label, range)));
        Label = (Labels.IsEmpty ? Parser<char>.Fail<HeaderToken>() : OneOf(each)).Labelled("a header label such as \"Case Number:\"");
        Token = OneOf(Label, HeaderGrammar.LabelContinuation, HeaderGrammar.Value);
        Table = TextParsers.Space.Then(Token.Before(TextParsers.Space).Many()).Select(tokens => tokens.ToImmutableArray());
    }

    /// <summary>The grammar of <see cref="HeaderGrammar.Labels"/>, which the default parser uses.</summary>
    public static HeaderTableGrammar Default { get; } = new(HeaderGrammar.Labels);

    /// <summary>The labels, in the order they are tried.</summary>
    public ImmutableArray<HeaderLabel> Labels { get; }

    /// <summary>A label of the table.</summary>
    public Parser<char, HeaderToken> Label { get; }

    /// <summary>One token of the table: a label, the rest of a split label, or a value.</summary>
    public Parser<char, HeaderToken> Token { get; }

    /// <summary>The table: its tokens in reading order.</summary>
    public Parser<char, ImmutableArray<HeaderToken>> Table { get; }
}
