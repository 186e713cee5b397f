using ImrParsing.Json;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Corpus;

/// <summary>The JSON of every corpus letter, compared exactly with its approved snapshot.</summary>
public sealed class SnapshotTests
{
    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.LetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Letter_json_matches_its_approved_snapshot(string letter)
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));

        Snapshot.Match(letter, ImrJson.Serialize(document, indented: true));
    }
}
