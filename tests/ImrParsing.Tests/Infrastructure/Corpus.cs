namespace ImrParsing.Tests.Infrastructure;

/// <summary>
/// The letters under tests/Letters, copied unchanged from the shared corpus: five seed letters of
/// the older layout and 150 real DWC letters of 2016–17, each real one as pdftotext's reading
/// order (CASE.txt) and layout (CASE.layout.txt) output and as the published PDF.
/// </summary>
public static class Corpus
{
    /// <summary>The folder of letters.</summary>
    public static string Folder => Repository.PathOf("tests", "Letters");

    /// <summary>The seed letters' names ("seeds/000_7bf717663bbdc77e").</summary>
    public static IReadOnlyList<string> Seeds { get; } = Names("seeds", "*.txt");

    /// <summary>The real letters' names in reading order ("dwc-2016/CM16-0213037").</summary>
    public static IReadOnlyList<string> RealLetters { get; } =
        Names("dwc-2016", "*.txt").Where(name => !name.EndsWith(".layout", StringComparison.Ordinal)).ToArray();

    /// <summary>Every letter the snapshots cover: the seeds and the real letters' reading-order text.</summary>
    public static IReadOnlyList<string> Letters { get; } = [.. Seeds, .. RealLetters];

    /// <summary>Every text in the corpus: the seeds, and both extractions of each real letter.</summary>
    public static IReadOnlyList<string> AllTexts { get; } = [.. Seeds, .. RealLetters, .. RealLetters.Select(name => name + ".layout")];

    /// <summary>xUnit theory data of <see cref="Letters"/>.</summary>
    public static TheoryData<string> LetterData => [.. Letters];

    /// <summary>xUnit theory data of <see cref="AllTexts"/>.</summary>
    public static TheoryData<string> AllTextData => [.. AllTexts];

    /// <summary>xUnit theory data of <see cref="RealLetters"/>.</summary>
    public static TheoryData<string> RealLetterData => [.. RealLetters];

    /// <summary>The text of a letter, read as the command line reads it.</summary>
    public static string Read(string name) => File.ReadAllText(PathOf(name));

    /// <summary>The path of a letter's text.</summary>
    public static string PathOf(string name) => Path.Combine(Folder, name + ".txt");

    private static string[] Names(string folder, string pattern) =>
        Directory.GetFiles(Path.Combine(Folder, folder), pattern)
            .Select(path => $"{folder}/{Path.GetFileName(path)[..^4]}")
            .Order(StringComparer.Ordinal)
            .ToArray();
}
