using System.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The texts the benchmarks read, by name: corpus letters (tests/Letters, pdftotext's reading order),
/// the whole corpus, a constructed letter with many items and concatenations of the corpus. Sizes
/// are counted in UTF-8 bytes, what the letters take on disk.
/// </summary>
public static class BenchmarkInputs
{
    /// <summary>CM16-0240900, the letter of median size in the corpus (4,987 bytes; the corpus averages 5,923).</summary>
    public const string Typical = "typical";

    /// <summary>CM16-0248698, the largest letter of the corpus (26,703 bytes).</summary>
    public const string Largest = "largest";

    /// <summary>Every letter of the corpus (155, 918,131 bytes), one after another.</summary>
    public const string Corpus = "corpus";

    /// <summary>The three inputs of the main benchmarks.</summary>
    public static IEnumerable<string> Letters => [Typical, Largest, Corpus];

    private static readonly Lazy<string[]> CorpusTexts = new(LoadCorpus);
    private static readonly Dictionary<string, string[]> Cache = [];

    /// <summary>The texts of an input: one for a letter, each letter for the corpus.</summary>
    public static string[] Texts(string input)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(input, out var texts))
            {
                Cache[input] = texts = Make(input);
            }

            return texts;
        }
    }

    /// <summary>The requests of an input's disputed items, as the parse found them.</summary>
    public static string[] Requests(string input) =>
        [.. Texts(input).SelectMany(text => ImrDocument.Parse(text).Items).Select(item => item.Request?.Value).OfType<string>()];

    /// <summary>The UTF-8 size of an input, the unit of the MB/s and bytes-per-byte columns.</summary>
    public static long Utf8Bytes(string input) => Texts(input).Sum(text => (long)Encoding.UTF8.GetByteCount(text));

    /// <summary>The name of the constructed letter with <paramref name="items"/> disputed items.</summary>
    public static string LetterWithItems(int items) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{items:N0} items");

    /// <summary>The name of the corpus concatenated to about <paramref name="megabytes"/> MB.</summary>
    public static string Concatenation(int megabytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{megabytes} MB");

    private static string[] Make(string input)
    {
        if (input == Typical)
        {
            return [Letter("CM16-0240900")];
        }

        if (input == Largest)
        {
            return [Letter("CM16-0248698")];
        }

        if (input == Corpus)
        {
            return CorpusTexts.Value;
        }

        string[] words = input.Split(' ');
        if (words is [string count, "items"])
        {
            return [SyntheticLetter.WithItems(int.Parse(count, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture))];
        }

        if (words is [string megabytes, "MB"])
        {
            return [Concatenate(int.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture))];
        }

        throw new ArgumentException("No benchmark input named " + input, nameof(input));
    }

    private static string Letter(string name) => File.ReadAllText(Path.Combine(LettersFolder(), "dwc-2016", name + ".txt"));

    // The corpus letters, whole, one after another, until the text reaches the size.
    private static string Concatenate(int megabytes)
    {
        long target = megabytes * 1_000_000L;
        var builder = new StringBuilder((int)Math.Min(int.MaxValue, target + 100_000));
        long bytes = 0;
        while (bytes < target)
        {
            foreach (string text in CorpusTexts.Value)
            {
                builder.Append(text).Append('\n');
                bytes += Encoding.UTF8.GetByteCount(text) + 1;
                if (bytes >= target)
                {
                    break;
                }
            }
        }

        return builder.ToString();
    }

    // The corpus's own folders (seeds, dwc-2016), in pdftotext's reading order: not the other
    // extractors' texts of the same letters beside them.
    private static string[] LoadCorpus() =>
    [
        .. new[] { "seeds", "dwc-2016" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(LettersFolder(), folder), "*.txt"))
            .Where(path => !path.EndsWith(".layout.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText),
    ];

    /// <summary>tests/Letters, found above the running program.</summary>
    public static string LettersFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string path = Path.Combine(directory.FullName, "tests", "Letters");
            if (Directory.Exists(path))
            {
                return path;
            }
        }

        throw new DirectoryNotFoundException("No tests/Letters above " + AppContext.BaseDirectory);
    }
}
