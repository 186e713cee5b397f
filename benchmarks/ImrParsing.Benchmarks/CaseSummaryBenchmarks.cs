using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The case summary's readers on the narratives of whole letters: read where they can start, the
/// narrative lexed only there (<see cref="NarrativeReader"/>), against the whole narrative lexed
/// and each reader over all of it (<see cref="WholeNarrativeReader"/>), as before; and the places
/// the dates' windows are lexed around, the numbers and line-end hyphens, found in one pass of
/// masks (<see cref="NarrativeReader.NumberMarks"/>) against a search restarted past every number
/// and hyphen (<see cref="RestartedSearchNumberMarks"/>), as before; and the words of every
/// diagnosis the narratives list, read in place (<see cref="DiagnosisList.PieceWordSpans"/>) against
/// copied into a buffer (<see cref="CopiedPieceWords"/>), as before.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class CaseSummaryBenchmarks
{
    private (string Text, int Start, int End)[] _narratives = [];
    private int[] _hyphens = [];
    private (string Text, TokenList Tokens, (int First, int Last)[] Pieces)[] _diagnoses = [];
    private int _letters;
    private readonly WordWindows.WordTest _count;

    public CaseSummaryBenchmarks() => _count = Count;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _narratives =
        [
            .. BenchmarkInputs.Texts(Input)
                .Select(text => (Text: text, Narrative: ImrDocument.Parse(text).CaseSummary?.Text?.Span))
                .Where(letter => letter.Narrative is { Length: > 0 })
                .Select(letter => (letter.Text, letter.Narrative!.Value.Start, letter.Narrative.Value.End)),
        ];
        _hyphens = new int[Math.Max(1, _narratives.Max(narrative => narrative.End - narrative.Start) / 2)];
        _diagnoses = [.. _narratives.Select(narrative => Diagnoses(narrative.Text, narrative.Start, narrative.End))];
    }

    // The narrative's lex, kept for the runs, and each diagnosis it lists as the tokens it covers.
    private static (string Text, TokenList Tokens, (int First, int Last)[] Pieces) Diagnoses(string text, int start, int end)
    {
        var tokens = WordLexer.Lex(text, start, end);
        var pieces = new List<(int First, int Last)>();
        foreach (var (from, to) in NarrativeReader.Read(text, start, end).Diagnoses)
        {
            int first = 0;
            while (first < tokens.Count && tokens.Tokens[first].Start < from)
            {
                first++;
            }

            int last = first - 1;
            while (last + 1 < tokens.Count && tokens.Tokens[last + 1].Start + tokens.Tokens[last + 1].Length <= to)
            {
                last++;
            }

            pieces.Add((first, last));
        }

        return (text, tokens, [.. pieces]);
    }

    [BenchmarkCategory("readers")]
    [Benchmark(Baseline = true, Description = "Whole narrative lexed")]
    public int Whole()
    {
        int found = 0;
        foreach (var (text, start, end) in _narratives)
        {
            found += WholeNarrativeReader.Read(text, start, end).Dates.Length;
        }

        return found;
    }

    [BenchmarkCategory("readers")]
    [Benchmark(Description = "Lexed where readers start")]
    public int Windows()
    {
        int found = 0;
        foreach (var (text, start, end) in _narratives)
        {
            found += NarrativeReader.Read(text, start, end).Dates.Length;
        }

        return found;
    }

    [BenchmarkCategory("numbers and hyphens")]
    [Benchmark(Baseline = true, Description = "A search per number and hyphen")]
    public int Restarted()
    {
        int found = 0;
        foreach (var (text, start, end) in _narratives)
        {
            var marks = new RestartedSearchNumberMarks(text.AsSpan(0, end), start, _hyphens);
            for (int place = marks.Next(); place >= 0; place = marks.Next())
            {
                found += place;
            }
        }

        return found;
    }

    [BenchmarkCategory("numbers and hyphens")]
    [Benchmark(Description = "One pass of masks")]
    public int Marks()
    {
        int found = 0;
        foreach (var (text, start, end) in _narratives)
        {
            var marks = new NarrativeReader.NumberMarks(text.AsSpan(0, end), start, _hyphens);
            for (int place = marks.Next(); place >= 0; place = marks.Next())
            {
                found += place;
            }
        }

        return found;
    }

    [BenchmarkCategory("piece words")]
    [Benchmark(Baseline = true, Description = "Words copied")]
    public int CopiedWords()
    {
        _letters = 0;
        foreach (var (text, tokens, pieces) in _diagnoses)
        {
            foreach (var piece in pieces)
            {
                CopiedPieceWords.Read(new LexedText(text, tokens), piece, _count);
            }
        }

        return _letters;
    }

    [BenchmarkCategory("piece words")]
    [Benchmark(Description = "Words in place")]
    public int WordsInPlace()
    {
        _letters = 0;
        foreach (var (text, tokens, pieces) in _diagnoses)
        {
            foreach (var piece in pieces)
            {
                var words = new DiagnosisList.PieceWordSpans(new LexedText(text, tokens), piece);
                while (words.Next(out var word))
                {
                    _count(word);
                }

                words.Dispose();
            }
        }

        return _letters;
    }

    // What each word read is given: its length counted, so neither way's words go unread.
    private bool Count(ReadOnlySpan<char> word)
    {
        _letters += word.Length;
        return true;
    }
}
