using Pidgin;
using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Sections;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The lines before a letter's first heading as the header parser sees them in a parse, for running
/// it outside one: a <see cref="SectionContext"/> over them and the lists its diagnostics, unrecognized
/// text and extensions go to, emptied by <see cref="Reset"/> (shared as source with the tests).
/// </summary>
internal sealed class PreambleContext : IDisposable
{
    private readonly LineTokens _tokens;

    private PreambleContext(string text, ImrParser parser, bool wholeText)
    {
        _tokens = LineTokenizer.Tokenize(text, parser.Classifier);
        var lines = _tokens.Lines;
        var preamble = wholeText ? new LineRange(0, lines.Length)
            : lines.IsEmpty ? default : LetterGrammar.Letter.Parse(lines, ScratchConfiguration.For<Line>()) is { Success: true } letter ? letter.Value.Preamble : default;
        var session = new ParseSession(parser.SectionRules, text, _tokens, Diagnostics, Unrecognized, Extensions);
        Context = new SectionContext(session, "preamble", preamble);
        Parser = parser;
    }

    /// <summary>The context of the lines before the first heading of <paramref name="letter"/>, as the default parser finds them.</summary>
    public static PreambleContext Of(string letter) => new(letter, ImrParser.Default, wholeText: false);

    /// <summary>The context of every line of <paramref name="table"/>, read by <paramref name="parser"/>'s rules.</summary>
    public static PreambleContext Whole(string table, ImrParser parser) => new(table, parser, wholeText: true);

    public SectionContext Context { get; }

    public ImrParser Parser { get; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public List<UnrecognizedText> Unrecognized { get; } = [];

    public List<ExtensionValue> Extensions { get; } = [];

    /// <summary>Forgets what the last read reported.</summary>
    public void Reset()
    {
        Diagnostics.Clear();
        Unrecognized.Clear();
        Extensions.Clear();
    }

    public void Dispose() => _tokens.Dispose();
}
