using System.Text;
using ImrParsing.Benchmarks;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// A narrative's numbers and line-end hyphens found in one pass of masks
/// (<see cref="NarrativeReader.NumberMarks"/>) against the searches restarted past every number and
/// hyphen (<see cref="RestartedSearchNumberMarks"/>, the benchmarks' baseline shared as source): the
/// same places in the same order and the same line-end hyphens kept, on every corpus text and on
/// constructed texts whose digits and hyphens fall at every place of a block of 32, beside
/// characters past ASCII that a narrowing to bytes would take for a digit or a hyphen.
/// </summary>
public sealed class NarrativeMarksReferenceTests
{
    private static readonly string[] Pieces =
    [
        "10-13-16", "10/13/2016", "1/5/16", "March 18, 2013", "on 11-152016", "5-325", "T9-10", "L4-5", "47-year-old", "-", "--",
        "0", "9", "12345678901234567890123456789012345", "follow-up", "non-", "20-", "inju-", "Decem-", "the", "pain", ".",
        "\u0130", "\u0139", "\u012D", "\u0660", "\uFF10", "\uFF19", "\u2010", "\u2011", "\u00AD", "\u0100\u0131", "caf\u00E9",
    ];

    private static readonly string[] Spaces = [" ", " ", "\n", "\r\n", "\u00A0", " \n ", "\t", string.Empty, string.Empty];

    [Fact]
    public void Finds_the_same_places_as_the_searches_restarted_in_every_corpus_text()
    {
        var random = new Random(20261205);
        int places = 0;
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            string text = Infrastructure.Corpus.Read(name);
            foreach (int lower in new[] { 0, random.Next(text.Length), random.Next(text.Length) })
            {
                var expected = Restarted(text, lower);
                Marks(text, lower).ShouldBe(expected, $"{name} from {lower}");
                places += expected.Length;
            }
        }

        places.ShouldBeGreaterThan(20000);
    }

    [Fact]
    public void Finds_the_same_places_as_the_searches_restarted_in_constructed_texts()
    {
        var random = new Random(20261206);
        int hyphens = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            var text = new StringBuilder();
            int pieces = random.Next(0, random.Next(4) == 0 ? 200 : 30);
            for (int k = 0; k < pieces; k++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]).Append(Spaces[random.Next(Spaces.Length)]);
            }

            string constructed = text.ToString();
            int lower = constructed.Length == 0 ? 0 : random.Next(Math.Min(constructed.Length, 40));
            var expected = Restarted(constructed, lower);
            Marks(constructed, lower).ShouldBe(expected, constructed);
            hyphens += expected.Count(entry => entry.StartsWith('-'));
        }

        hyphens.ShouldBeGreaterThan(10000);
    }

    [Fact]
    public void Finds_digits_and_line_end_hyphens_at_every_place_of_a_block()
    {
        const string Marked = "On 10/13/2016 the 47-year-old inju-\nred on 1-\r\n5-16, 12-\n2-2015 \u0130\u012D\uFF10 7";
        for (int shift = 0; shift < 70; shift++)
        {
            string text = new string(shift % 3 == 0 ? '5' : ' ', shift) + Marked;
            for (int end = 0; end <= text.Length; end++)
            {
                foreach (int lower in new[] { 0, shift, Math.Min(end, shift + 1) })
                {
                    Marks(text[..end], Math.Min(lower, end)).ShouldBe(Restarted(text[..end], Math.Min(lower, end)), $"{shift} {end} {lower}");
                }
            }
        }
    }

    // The places, a line-end hyphen written "-" before its offset, then the hyphens kept.
    private static string[] Marks(string text, int lower)
    {
        int[] hyphens = new int[Math.Max(1, (text.Length - lower) / 2)];
        var marks = new NarrativeReader.NumberMarks(text, lower, hyphens);
        var places = new List<string>();
        for (int place = marks.Next(); place >= 0; place = marks.Next())
        {
            places.Add(text[place] == '-' ? $"-{place}" : $"{place}");
        }

        return [.. places, .. hyphens.Take(marks.Hyphens).Select(hyphen => $"kept {hyphen}")];
    }

    private static string[] Restarted(string text, int lower)
    {
        int[] hyphens = new int[Math.Max(1, (text.Length - lower) / 2)];
        var marks = new RestartedSearchNumberMarks(text, lower, hyphens);
        var places = new List<string>();
        for (int place = marks.Next(); place >= 0; place = marks.Next())
        {
            places.Add(text[place] == '-' ? $"-{place}" : $"{place}");
        }

        return [.. places, .. hyphens.Take(marks.Hyphens).Select(hyphen => $"kept {hyphen}")];
    }
}
