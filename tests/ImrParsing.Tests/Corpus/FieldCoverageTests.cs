using System.Text;
using System.Text.RegularExpressions;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Corpus;

/// <summary>
/// How many values of each field (flags: how many set) the whole corpus gives (seeds and real letters, reading order),
/// held against an approved report: a change in coverage (a field read less often, or more) shows
/// as a diff to read, like a snapshot's.
/// </summary>
public sealed partial class FieldCoverageTests
{
    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [Fact]
    public void Field_coverage_over_the_corpus_matches_the_approved_report()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int letters = 0;
        foreach (string letter in Infrastructure.Corpus.Letters)
        {
            letters++;
            foreach (var value in DocumentWalker.Leaves(ImrDocument.Parse(Infrastructure.Corpus.Read(letter))))
            {
                // A flag counts where it is set; the sections are structure, not fields.
                if (value.Value is null or false || value.Path.StartsWith("document.Sections", StringComparison.Ordinal))
                {
                    continue;
                }

                string field = Index().Replace(value.Path, "[]");
                counts[field] = counts.GetValueOrDefault(field) + 1;
            }
        }

        var report = new StringBuilder().Append("{\n  \"letters\": ").Append(letters).Append(",\n  \"values\": {\n");
        report.AppendJoin(",\n", counts.Select(pair => $"    \"{pair.Key}\": {pair.Value}"));
        report.Append("\n  }\n}\n");

        Snapshot.Match("coverage/field-coverage", report.ToString());
    }
}
