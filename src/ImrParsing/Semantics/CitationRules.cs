using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Diagnostics;
using ImrParsing.Lexing;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// The citation grammar of one ordered list of <see cref="CitationForm"/>s: each form's rule and
/// where a citation of each begins, token grammars that <see cref="MtusStatementReader"/> runs where
/// a citation may start (the default forms it reads by hand). Immutable and thread-safe; each
/// <see cref="ImrParser"/> holds its own (<see cref="ImrParser.Citations"/>), and
/// <see cref="Default"/> is the one of <see cref="MtusCitationForms.All"/>.
/// </summary>
internal sealed class CitationRules
{
    /// <summary>Makes the grammar of <paramref name="forms"/>, tried in order.</summary>
    /// <exception cref="ArgumentException">The list holds null or two forms of one name.</exception>
    public CitationRules(IEnumerable<CitationForm> forms)
        : this(forms, onePass: true)
    {
    }

    /// <summary>As above; without <paramref name="onePass"/>, the default forms are read by their token grammars too (held to the hand-written reader by the tests).</summary>
    internal CitationRules(IEnumerable<CitationForm> forms, bool onePass)
    {
        ArgumentNullException.ThrowIfNull(forms);
        Forms = [.. forms];
        if (Forms.Any(form => form is null) || Forms.DistinctBy(form => form.Name, StringComparer.Ordinal).Count() != Forms.Length)
        {
            throw new ArgumentException("The citation forms must have distinct names, and no null.", nameof(forms));
        }

        HasDefaultForms = onePass && Forms.SequenceEqual(MtusCitationForms.All);
        Parts = new CitationParts();
        Rules = [.. Forms.Select(form => form.RuleFor(Parts))];
        Readers = [.. Rules.Select(WithEnd)];
        Starts = [.. Forms.Select(form => WithEnd(form.Start))];
    }

    /// <summary>The grammar of <see cref="MtusCitationForms.All"/>, which the default parser uses.</summary>
    public static CitationRules Default { get; } = new(MtusCitationForms.All);

    /// <summary>The forms, in the order they are tried.</summary>
    public ImmutableArray<CitationForm> Forms { get; }

    /// <summary>The rules the forms' rules are made with.</summary>
    public CitationParts Parts { get; }

    /// <summary>Each form's rule, in the order of <see cref="Forms"/>.</summary>
    public ImmutableArray<Parser<Token, CitationSyntax>> Rules { get; }

    /// <summary>Each form's rule with where it stopped (a token index from where it started).</summary>
    public ImmutableArray<Parser<Token, (CitationSyntax Value, int End)>> Readers { get; }

    /// <summary>Where a citation of each form begins, with where that stopped.</summary>
    public ImmutableArray<Parser<Token, (Unit Value, int End)>> Starts { get; }

    /// <summary>True when the forms are <see cref="MtusCitationForms.All"/>, in order (and the one-pass reader was not turned off): <see cref="MtusStatementReader"/> then reads them by hand.</summary>
    public bool HasDefaultForms { get; }

    /// <summary>True when rule <paramref name="rule"/> reads a citation at the start of <paramref name="example"/> (read as a guideline statement's tokens).</summary>
    public bool Reads(int rule, string example)
    {
        using var tokens = WordLexer.Lex(example);
        return CitationInput.Run(Readers[rule], new CitationInput(new ExampleContext(example, this), tokens, 0), out _) >= 0;
    }

    private static Parser<Token, (T Value, int End)> WithEnd<T>(Parser<Token, T> rule) =>
        Parser.Map((value, end) => (value, end), rule, Parser<Token>.CurrentOffset);

    // An example read on its own, outside a letter: spans by offset, nothing reported.
    private sealed class ExampleContext(string text, CitationRules citations) : IReaderContext
    {
        public string Text => text;

        public CitationRules Citations => citations;

        public TextSpan Span(int start, int end) => new(start, end - start, 1, start + 1);

        public TextValue? Value(int start, int end) => end > start ? TextValue.FromSource(text, Span(start, end)) : null;

        public Spanned<T> Spanned<T>(T value, int start, int end) => Syntax.Spanned<T>.FromSource(value, text, Span(start, end));

        public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments)
        {
        }
    }
}
