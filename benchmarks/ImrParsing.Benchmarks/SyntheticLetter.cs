using System.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A constructed letter with as many disputed items as asked: the bundled sample letter
/// (src/ImrParsing.Cli/samples/CM16-0213037.txt, two items) with its two items repeated in turn.
/// Constructed for the linear-growth benchmark; no real letter has this many items.
/// </summary>
public static class SyntheticLetter
{
    private const string ItemsStart = "MRI of the right shoulder without contrast: Upheld";

    /// <summary>The sample letter with <paramref name="items"/> items.</summary>
    public static string WithItems(int items)
    {
        string sample = File.ReadAllText(Path.Combine(BenchmarkInputs.LettersFolder(), "dwc-2016", "CM16-0213037.txt"));
        int start = sample.IndexOf(ItemsStart, StringComparison.Ordinal);
        int second = sample.IndexOf("MRI of the cervical spine without contrast: Upheld", StringComparison.Ordinal);
        string[] blocks = [sample[start..second], sample[second..].TrimEnd() + "\n"];
        var builder = new StringBuilder(sample[..start]);
        for (int i = 0; i < items; i++)
        {
            builder.Append(blocks[i % 2]);
        }

        return builder.ToString();
    }
}
