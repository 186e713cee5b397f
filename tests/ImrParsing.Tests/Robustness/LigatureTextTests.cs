using System.Text.Json;
using ImrParsing.Json;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// Text from an extractor that hands a PDF's ligatures over as they are ("Oﬃcial", "ﬁnger"): each
/// value keeps them in its source <c>Text</c>, and its canonical value, in the model and in the JSON,
/// has them written out, as pdftotext writes them.
/// </summary>
public sealed class LigatureTextTests
{
    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Canonical_values_have_their_ligatures_written_out(string letter)
    {
        string text = SetWithLigatures(Infrastructure.Corpus.Read(letter));
        var document = ImrDocument.Parse(text);
        using var json = JsonDocument.Parse(ImrJson.Serialize(document));
        var written = new List<string>();
        Collect(json.RootElement, written);

        var values = DocumentWalker.Values(document).Where(value => value.IsText).ToList();

        values.ShouldNotBeEmpty();
        values.ShouldAllBe(value => !ContainsLigature((string)value.Value!));
        written.ShouldAllBe(value => !ContainsLigature(value));
        values.ShouldContain(value => ContainsLigature(value.Text!), "the letter's values hold no ligature to write out");
    }

    private static string SetWithLigatures(string text) => text
        .Replace("ffi", "\uFB03", StringComparison.Ordinal).Replace("ffl", "\uFB04", StringComparison.Ordinal)
        .Replace("ff", "\uFB00", StringComparison.Ordinal).Replace("fi", "\uFB01", StringComparison.Ordinal)
        .Replace("fl", "\uFB02", StringComparison.Ordinal);

    private static bool ContainsLigature(string text) => text.AsSpan().IndexOfAnyInRange('\uFB00', '\uFB06') >= 0;

    // Every "value" string of the JSON.
    private static void Collect(JsonElement element, List<string> values)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "value" && property.Value.ValueKind == JsonValueKind.String)
                {
                    values.Add(property.Value.GetString()!);
                }

                Collect(property.Value, values);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, values);
            }
        }
    }
}
