using BenchmarkDotNet.Attributes;
using ImrParsing.Lexing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The word lexer over whole letters, against the floor of the vectorized searches for the runs of
/// letters and digits alone (what a lexer of such runs must at least find), and the lexer before
/// it read runs a character at a time (<see cref="BaselineWordLexer"/>), and the lexer a character
/// at a time, its buffers rented at each lex or kept (<see cref="CharacterWordLexer"/>), and the
/// lexer that walked a window's positions (<see cref="PositionWalkWordLexer"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class WordLexerBenchmarks
{
    private static readonly System.Buffers.SearchValues<char> LettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private string[] _texts = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _texts = BenchmarkInputs.Texts(Input);

    [Benchmark(Baseline = true, Description = "Floor: run ends")]
    public int Floor()
    {
        int runs = 0;
        foreach (string text in _texts)
        {
            var rest = text.AsSpan();
            while (rest.IndexOfAny(LettersAndDigits) is int start and >= 0)
            {
                rest = rest[start..];
                int end = rest.IndexOfAnyExcept(LettersAndDigits);
                runs++;
                rest = end < 0 ? default : rest[end..];
            }
        }

        return runs;
    }

    [Benchmark(Description = "WordLexer.Lex (before: a search per run)")]
    public int BaselineLex()
    {
        int tokens = 0;
        foreach (string text in _texts)
        {
            using var lexed = BaselineWordLexer.Lex(text);
            tokens += lexed.Count;
        }

        return tokens;
    }

    [Benchmark(Description = "WordLexer.Lex (before: a character at a time, buffers rented)")]
    public int RentingLex() => CharacterLex(CharacterWordLexer.Buffers.Rented);

    [Benchmark(Description = "WordLexer.Lex (before: a character at a time, buffers kept)")]
    public int KeptLex() => CharacterLex(CharacterWordLexer.Buffers.Kept);

    [Benchmark(Description = "WordLexer.Lex (before: a window's positions walked)")]
    public int PositionWalkLex()
    {
        int tokens = 0;
        foreach (string text in _texts)
        {
            using var lexed = PositionWalkWordLexer.Lex(text);
            tokens += lexed.Count;
        }

        return tokens;
    }

    [Benchmark(Description = "WordLexer.Lex")]
    public int Lex()
    {
        int tokens = 0;
        foreach (string text in _texts)
        {
            using var lexed = WordLexer.Lex(text);
            tokens += lexed.Count;
        }

        return tokens;
    }

    private int CharacterLex(CharacterWordLexer.Buffers buffers)
    {
        int tokens = 0;
        foreach (string text in _texts)
        {
            using var lexed = CharacterWordLexer.Lex(text, buffers);
            tokens += lexed.Count;
        }

        return tokens;
    }
}
