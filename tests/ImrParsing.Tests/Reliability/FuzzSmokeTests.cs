using System.Text;
using ImrParsing.Fuzz;
using ImrParsing.Tests.Infrastructure;
using ImrParsing.Tests.Properties;

namespace ImrParsing.Tests.Reliability;

/// <summary>
/// The fuzz target's check on every build, uninstrumented: thousands of byte-level mutations of the
/// corpus letters (the kind AFL++ makes: bit flips, random bytes, blocks deleted and duplicated,
/// the grammar's words spliced in) from a fixed seed, decoded as the fuzz target decodes them; and
/// every input the AFL++ runs kept (fuzz/README.md). The long runs stay in fuzz/run.sh.
/// </summary>
public sealed class FuzzSmokeTests
{
    private static readonly byte[][] Tokens =
        [.. LetterGen.Vocabulary.Select(Encoding.UTF8.GetBytes), [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xC0], [0x00], [0xEF, 0xBB, 0xBF]];

    [Fact]
    public void Two_thousand_byte_level_mutations_of_the_letters_keep_every_invariant()
    {
        var random = new Random(20170119);
        int documents = 0;
        for (int i = 0; i < 2000; i++)
        {
            byte[] input = Mutate(random);
            try
            {
                documents += DocumentInvariants.Check(ImrParser.Default, FuzzInput.Decode(input)) is null ? 0 : 1;
            }
            catch (Exception exception)
            {
                throw new InvalidOperationException($"Input {i} ({input.Length} bytes, base64 {Convert.ToBase64String(input)[..Math.Min(400, input.Length)]}…) failed.", exception);
            }
        }

        documents.ShouldBeGreaterThan(700, "most mutations leave enough of a letter to read");
    }

    public static TheoryData<string> KeptInputs =>
        [.. Directory.GetFiles(Repository.PathOf("tests", "ImrParsing.Tests", "Reliability", "FuzzInputs"))
            .Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(KeptInputs))]
    public void An_input_the_fuzzer_kept_keeps_every_invariant(string name)
    {
        byte[] input = File.ReadAllBytes(Repository.PathOf("tests", "ImrParsing.Tests", "Reliability", "FuzzInputs", name));

        DocumentInvariants.Check(ImrParser.Default, FuzzInput.Decode(input));
    }

    // A window of a corpus letter (from its start, most often, so that the header is there), then 1 to 16 mutations.
    private static byte[] Mutate(Random random)
    {
        string letter = LetterGen.CorpusTexts[random.Next(LetterGen.CorpusTexts.Count)];
        int start = random.Next(3) == 0 ? random.Next(letter.Length) : 0;
        int length = Math.Min(letter.Length - start, random.Next(1, 2500));
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(letter.Substring(start, length)));
        for (int n = random.Next(1, 17); n > 0; n--)
        {
            int at = random.Next(bytes.Count + 1);
            int block = Math.Min(bytes.Count - at, random.Next(1, 64));
            switch (random.Next(6))
            {
                case 0 when at < bytes.Count:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when at < bytes.Count:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.RemoveRange(at, block);
                    break;
                case 3:
                    bytes.InsertRange(random.Next(bytes.Count + 1), bytes.GetRange(at, block));
                    break;
                default:
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }

        return [.. bytes];
    }
}
