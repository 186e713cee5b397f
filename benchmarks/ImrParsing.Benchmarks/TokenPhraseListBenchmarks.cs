using BenchmarkDotNet.Attributes;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The Non-MTUS names' lookups (<see cref="TokenPhraseList"/>: the ODG chapters, the ODG's names,
/// the other guidelines') at every token of whole letters: the first token of ASCII characters
/// hashed in a table of its own (<see cref="AsciiWordIndex{TValue}"/>) against the frozen
/// dictionary's lookup ignoring case it replaced (<see cref="DictionaryTokenPhraseList"/>), and the
/// table matching each candidate phrase from its first word (<see cref="PhraseByPhraseTokenPhraseList"/>)
/// against the phrases of a first word comparing the words they share once (the table's row).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenPhraseListBenchmarks
{
    private static readonly string[][] Vocabularies =
    [
        [.. NonMtusNames.WithVariants(NonMtusNames.OdgChapters)],
        [.. NonMtusNames.WithVariants(NonMtusNames.OdgNames)],
        [.. NonMtusNames.WithVariants(NonMtusNames.OtherNames)],
    ];

    private static readonly TokenPhraseList[] Tables = [.. Vocabularies.Select(phrases => new TokenPhraseList(phrases))];
    private static readonly DictionaryTokenPhraseList[] Dictionaries = [.. Vocabularies.Select(phrases => new DictionaryTokenPhraseList(phrases))];
    private static readonly PhraseByPhraseTokenPhraseList[] PhraseByPhrase = [.. Vocabularies.Select(phrases => new PhraseByPhraseTokenPhraseList(phrases))];

    private (string Letter, TokenList Tokens)[] _letters = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _letters = [.. BenchmarkInputs.Texts(Input).Select(letter => (letter, WordLexer.Lex(letter)))];

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (_, tokens) in _letters)
        {
            tokens.Dispose();
        }
    }

    [Benchmark(Baseline = true, Description = "The frozen dictionary")]
    public int Dictionary()
    {
        int found = 0;
        foreach (var (letter, tokens) in _letters)
        {
            var lexed = new LexedText(letter, tokens);
            for (int i = 0; i < lexed.Count; i++)
            {
                foreach (var list in Dictionaries)
                {
                    found += list.Match(lexed, i) >= 0 ? 1 : 0;
                }
            }
        }

        return found;
    }

    [Benchmark(Description = "An ASCII table, phrase by phrase")]
    public int TablePhraseByPhrase()
    {
        int found = 0;
        foreach (var (letter, tokens) in _letters)
        {
            var lexed = new LexedText(letter, tokens);
            for (int i = 0; i < lexed.Count; i++)
            {
                foreach (var list in PhraseByPhrase)
                {
                    found += list.Match(lexed, i) >= 0 ? 1 : 0;
                }
            }
        }

        return found;
    }

    [Benchmark(Description = "An ASCII table")]
    public int Table()
    {
        int found = 0;
        foreach (var (letter, tokens) in _letters)
        {
            var lexed = new LexedText(letter, tokens);
            for (int i = 0; i < lexed.Count; i++)
            {
                foreach (var list in Tables)
                {
                    found += list.Match(lexed, i) >= 0 ? 1 : 0;
                }
            }
        }

        return found;
    }
}
