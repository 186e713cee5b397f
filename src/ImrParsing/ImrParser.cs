using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ImrParsing.Parsers;
using ImrParsing.Sections;
using ImrParsing.Semantics;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing;

/// <summary>
/// A configured IMR letter parser: its section parsers, in the order a letter gives the sections,
/// the line rules and decision words they use, and the rules the readers interpret fields with
/// (verdicts, citation forms, services, body regions, header labels). Made by an
/// <see cref="ImrParserBuilder"/> and immutable: build once, use from any number of threads, side
/// by side with parsers of other rules.
/// </summary>
public sealed class ImrParser
{
    private readonly Dictionary<int, SectionParser> _sectionsByHeadingRule;
    private readonly ImmutableArray<LineRule> _otherLineRules;

    internal ImrParser(ImrParserBuilder builder, LineClassifier classifier, Dictionary<int, SectionParser> sectionsByHeadingRule, VerdictGrammar verdicts, CitationRules citations, ServiceClassifier services)
    {
        Options = builder.Options;
        Sections = [.. builder.Sections];
        _otherLineRules = [.. builder.LineRules];
        Classifier = classifier;
        _sectionsByHeadingRule = sectionsByHeadingRule;
        Verdicts = verdicts;
        Citations = citations;
        HeaderTable = new HeaderTableGrammar(builder.HeaderLabels);
        Requests = RequestReader.Of(services, builder.BodyRegions);
        SectionRules = new SectionRules(Classifier, Verdicts, Citations, HeaderTable, Requests);
        Recoverable = [.. Sections.Select(section => MissingHeadings.Recoverable(this, section))];
    }

    private ImrParser(ImrParser parser, ImrParserOptions options)
    {
        Options = options;
        Sections = parser.Sections;
        _otherLineRules = parser._otherLineRules;
        Classifier = parser.Classifier;
        _sectionsByHeadingRule = parser._sectionsByHeadingRule;
        Verdicts = parser.Verdicts;
        Citations = parser.Citations;
        HeaderTable = parser.HeaderTable;
        Requests = parser.Requests;
        SectionRules = parser.SectionRules;
        Recoverable = parser.Recoverable;
    }

    /// <summary>
    /// The parser <see cref="ImrDocument.Parse(string)"/> uses, built from the rules
    /// <see cref="DefaultRules.AddDefaultRules"/> registers. Its sections, filtered by layout, give
    /// each layout's sections in the order its letters have them.
    /// </summary>
    public static ImrParser Default { get; } = new ImrParserBuilder().AddDefaultRules().Build();

    /// <summary>
    /// A builder holding the default rules, to change and <see cref="ImrParserBuilder.Build"/> into a
    /// parser of one's own: <c>ImrParser.CreateBuilder()</c> is <c>new ImrParserBuilder().AddDefaultRules()</c>.
    /// </summary>
    public static ImrParserBuilder CreateBuilder() => new ImrParserBuilder().AddDefaultRules();

    /// <summary>Limits and settings.</summary>
    public ImrParserOptions Options { get; }

    /// <summary>The section parsers, in the order a letter gives the sections.</summary>
    public ImmutableArray<SectionParser> Sections { get; }

    /// <summary>
    /// Every line rule, in the order they are tried: each section's headings, then the builder's
    /// other <see cref="ImrParserBuilder.LineRules"/>, then the sections' labels and boilerplate
    /// (<see cref="SectionParser.BodyRules"/>).
    /// </summary>
    public ImmutableArray<LineRule> LineRules => Classifier.Rules;

    /// <summary>The words that end a decision line ("...: Upheld"), in order.</summary>
    public ImmutableArray<DecisionWord> DecisionWords => Classifier.DecisionWords;

    /// <summary>The line rules and decision words, as the tokenizer uses them.</summary>
    internal LineClassifier Classifier { get; }

    /// <summary>How the older layouts' decision sentences state their verdict ("is not medically necessary").</summary>
    internal VerdictGrammar Verdicts { get; }

    /// <summary>The forms of MTUS guideline citations and the guideline grammar made of them.</summary>
    internal CitationRules Citations { get; }

    /// <summary>The header table's labels and the grammar made of them.</summary>
    internal HeaderTableGrammar HeaderTable { get; }

    /// <summary>Reads a disputed item's request into its details: the service rules and body regions.</summary>
    internal RequestReader Requests { get; }

    /// <summary>The compiled rules the sections read with.</summary>
    internal SectionRules SectionRules { get; }

    /// <summary>For each of <see cref="Sections"/>, what recovering it when its heading is missing needs (<see cref="MissingHeadings"/>).</summary>
    internal ImmutableArray<(int HeadingRule, LineRule[] BodyRules)> Recoverable { get; }

    /// <summary>
    /// A builder holding this parser's rules and options, to make a parser that differs from this
    /// one: extensions of an extended parser build on it.
    /// </summary>
    public ImrParserBuilder ToBuilder()
    {
        var builder = new ImrParserBuilder { Options = Options, BodyRegions = Requests.Regions };
        foreach (var section in Sections)
        {
            builder.Sections.Add(section);
        }

        foreach (var rule in _otherLineRules)
        {
            builder.LineRules.Add(rule);
        }

        foreach (var word in DecisionWords)
        {
            builder.DecisionWords.Add(word);
        }

        foreach (var phrase in Verdicts.Phrases)
        {
            builder.VerdictPhrases.Add(phrase);
        }

        foreach (var form in Citations.Forms)
        {
            builder.CitationForms.Add(form);
        }

        foreach (var rule in Requests.Services.Rules)
        {
            builder.ServiceRules.Add(rule);
        }

        foreach (var label in HeaderTable.Labels)
        {
            builder.HeaderLabels.Add(label);
        }

        return builder;
    }

    /// <summary>
    /// A parser with the same rules as this one and other <paramref name="options"/>, for example a
    /// smaller <see cref="ImrParserOptions.MaxInputLength"/> for a service that takes letters from
    /// outside. Build it once and share it.
    /// </summary>
    /// <example><c>var parser = ImrParser.Default.WithOptions(new ImrParserOptions { MaxInputLength = 1_000_000 });</c></example>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ImrParser WithOptions(ImrParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options == Options ? this : new ImrParser(this, options);
    }

    /// <summary>Parses an IMR letter.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ImrParseException">The text is not an IMR letter, or is longer than <see cref="ImrParserOptions.MaxInputLength"/>.</exception>
    public ImrDocument Parse(string text) =>
        TryParse(text, out var document, out var error) ? document : throw new ImrParseException(error);

    /// <summary>Parses an IMR letter, returning false and the error instead of throwing <see cref="ImrParseException"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public bool TryParse(string text, [NotNullWhen(true)] out ImrDocument? document, [NotNullWhen(false)] out ImrParseError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        document = null;
        if (text.Length > Options.MaxInputLength)
        {
            string expected = string.Create(CultureInfo.InvariantCulture, $"at most {Options.MaxInputLength:N0} characters (ImrParserOptions.MaxInputLength)");
            string found = string.Create(CultureInfo.InvariantCulture, $"{text.Length:N0} characters");
            error = new ImrParseError($"Expected {expected} at 1:1, found {found}.", expected, found, 0, 1, 1);
            return false;
        }

        // The rules read the text with hyphen look-alikes and Markdown's marks made neutral; values
        // keep the text as given (the same offsets, but where a kerning space moved).
        string readable = ReadableText.Of(text, out var moved);
        using var tokens = LineTokenizer.Tokenize(readable, Classifier, moved);
        return new DocumentBuilder(this, text, tokens).TryBuild(out document, out error);
    }

    internal SectionParser SectionForHeading(int rule) => _sectionsByHeadingRule[rule];
}
