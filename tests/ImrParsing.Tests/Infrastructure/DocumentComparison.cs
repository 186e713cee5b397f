using System.Globalization;
using System.Text.RegularExpressions;
using ImrParsing.Text;

namespace ImrParsing.Tests.Infrastructure;

/// <summary>How two documents of the same letter compare, value by value.</summary>
/// <param name="Compared">The number of values compared (the paths of both documents, counted once).</param>
/// <param name="Differences">One line per path whose values differ or that only one document has.</param>
public sealed record ComparisonResult(int Compared, IReadOnlyList<string> Differences);

/// <summary>
/// Compares every value of two documents by its path in the model, whatever properties the model
/// has (it walks them with <see cref="DocumentWalker.Leaves"/>): a text value's canonical
/// <c>Value</c>, a typed value's <c>Value</c> and its source text with white space folded, and
/// every scalar (item numbers, section names, diagnostic codes and severities). Spans and raw
/// source text are left out: they differ between extractions of the same letter by design.
/// </summary>
public static partial class DocumentComparison
{
    /// <summary>
    /// Diagnostic messages quote up to 32 characters of a line's text, and where a line ends depends
    /// on the extractor; their code and severity are compared instead.
    /// </summary>
    private static bool IsCompared(string path) => !path.EndsWith(".Message", StringComparison.Ordinal);

    /// <summary>The values of a document, keyed by path.</summary>
    public static Dictionary<string, string> Flatten(ImrDocument document) => Flatten(DocumentWalker.Leaves(document));

    /// <summary>The values among a document's <see cref="DocumentWalker.Leaves"/>, keyed by path.</summary>
    public static Dictionary<string, string> Flatten(IEnumerable<FoundValue> leaves)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            if (!IsCompared(leaf.Path) || (leaf.Text is null && leaf.Value is null))
            {
                continue;
            }

            values[leaf.Path] = Describe(leaf);
        }

        return values;
    }

    /// <summary>Compares <paramref name="actual"/> with <paramref name="expected"/>.</summary>
    public static ComparisonResult Compare(ImrDocument expected, ImrDocument actual) => Compare(Flatten(expected), actual);

    /// <summary>Compares <paramref name="actual"/> with the flattened values of the expected document.</summary>
    public static ComparisonResult Compare(Dictionary<string, string> expected, ImrDocument actual) => Compare(expected, Flatten(actual));

    /// <summary>Compares two documents' flattened values.</summary>
    public static ComparisonResult Compare(Dictionary<string, string> expected, Dictionary<string, string> found)
    {
        var differences = new List<string>();
        foreach (var (path, value) in expected)
        {
            if (!found.TryGetValue(path, out string? other))
            {
                differences.Add($"{path}: {Short(value)} is missing");
            }
            else if (!string.Equals(value, other, StringComparison.Ordinal))
            {
                differences.Add($"{path}: expected {Short(value)}, found {Short(other)}");
            }
        }

        foreach (var (path, value) in found)
        {
            if (!expected.ContainsKey(path))
            {
                differences.Add($"{path}: unexpected {Short(value)}");
            }
        }

        return new ComparisonResult(expected.Count + found.Keys.Count(path => !expected.ContainsKey(path)), differences);
    }

    // A hyphen with a space on one side reads as the hyphen alone: the kerning-spaces variant's
    // spaces, and an author's dash typed so ("guidelines- low"), which a text with kerning everywhere
    // joins (ReadableText) and the plain text does not.
    private static string Describe(FoundValue leaf) => Unkerned(leaf switch
    {
        // A typed value (date, number, decision): its value and the words it was read from, as the rules read them.
        { Text: { } text, Value: not string } => $"{Format(leaf.Value)} ‹{TextNormalizer.Normalize(ReadableText.Of(text))}›",
        _ => Format(leaf.Value),
    });

    /// <summary><paramref name="text"/> with each space on one side only of a hyphen between two letters or digits left out.</summary>
    public static string Unkerned(string text) => OneSidedHyphenSpace().Replace(text, "-");

    [GeneratedRegex(@"(?<=[\p{L}\p{N}]) -(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])- (?=[\p{L}\p{N}])")]
    private static partial Regex OneSidedHyphenSpace();

    private static string Format(object? value) => value switch
    {
        null => "null",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // Long texts (case summaries, rationales) are shown around their first difference only, short,
    // since the letters concern patients and a failure message must not echo them.
    private static string Short(string value) => value.Length <= 60 ? $"\"{value}\"" : $"\"{value[..60]}…\" ({value.Length} chars)";
}
