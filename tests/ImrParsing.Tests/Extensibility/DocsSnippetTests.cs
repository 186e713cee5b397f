using System.Text.Json;
using System.Text.RegularExpressions;
using ImrParsing.Cli.Commands;
using ImrParsing.Json;
using ImrParsing.Samples;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Extensibility;

/// <summary>
/// The code in docs/extending.md and the README's marked blocks is the compiled samples' code: each
/// block marked <c>&lt;!-- snippet: NAME --&gt;</c> equals the region <c>// &lt;docs:NAME&gt;</c> of a
/// sample source, so the documentation cannot go stale. Quoted outputs are checked against the samples' own.
/// </summary>
public sealed partial class DocsSnippetTests
{
    private static readonly string Extending = File.ReadAllText(Repository.PathOf("docs", "extending.md")).ReplaceLineEndings("\n");

    private static readonly string Readme = File.ReadAllText(Repository.PathOf("README.md")).ReplaceLineEndings("\n");

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z-]+) -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Snippet();

    [GeneratedRegex(@"(?<marker><!-- snippet: [a-z-]+ -->\n)?```csharp\n", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^[ \t]*// <docs:(?<name>[a-z-]+)>\n(?<code>.*?)^[ \t]*// </docs:\k<name>>", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Region();

    private static Dictionary<string, string> Regions { get; } = Directory
        .GetFiles(Repository.PathOf("samples"), "*.cs", SearchOption.AllDirectories)
        .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .SelectMany(path => Region().Matches(File.ReadAllText(path).ReplaceLineEndings("\n")))
        .ToDictionary(match => match.Groups["name"].Value, match => Dedent(match.Groups["code"].Value));

    private static string Dedent(string code)
    {
        var lines = code.TrimEnd('\n').Split('\n');
        int indent = lines.Where(line => line.Trim().Length > 0).Min(line => line.Length - line.TrimStart().Length);
        return string.Join('\n', lines.Select(line => line.Length >= indent ? line[indent..] : line.TrimStart()));
    }

    public static TheoryData<string> Documents => ["docs/extending.md", "README.md"];

    private static string Text(string document) => document == "README.md" ? Readme : Extending;

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_snippet_is_the_code_of_a_sample(string document)
    {
        var snippets = Snippet().Matches(Text(document));

        snippets.Count.ShouldBeGreaterThan(0);
        foreach (Match snippet in snippets)
        {
            string name = snippet.Groups["name"].Value;
            Regions.ShouldContainKey(name, $"{document} quotes a snippet no sample has");
            snippet.Groups["code"].Value.ShouldBe(Regions[name], $"{document}'s snippet '{name}' differs from the sample's code");
        }
    }

    [Fact]
    public void Every_csharp_block_of_the_guide_is_a_snippet_and_every_region_is_quoted()
    {
        CSharpBlock().Matches(Extending).ShouldAllBe(block => block.Groups["marker"].Success);
        var quoted = Snippet().Matches(Extending).Select(match => match.Groups["name"].Value).ToHashSet();
        Regions.Keys.ShouldBeSubsetOf(quoted);
    }

    [Fact]
    public void The_quoted_json_is_what_the_sample_writes()
    {
        var quoted = Regex.Match(Extending, "<!-- output: documents-reviewed-json -->\n```json\n(?<json>.*?)\n```", RegexOptions.Singleline);
        var document = ImrDocument.Parse(ConstructedLetters.Read(ConstructedLetters.FinalDeterminationWithDocuments), SampleParser.Instance);

        using var written = JsonDocument.Parse(ImrJson.Serialize(document));
        using var expected = JsonDocument.Parse(quoted.Groups["json"].Value);
        var second = written.RootElement.GetProperty("extensions")[0].GetProperty("value").GetProperty("documents")[1];
        JsonElement.DeepEquals(second, expected.RootElement).ShouldBeTrue(second.GetRawText());
    }

    [Fact]
    public void The_quoted_message_is_what_build_says()
    {
        var quoted = Regex.Match(Extending, "<!-- message: conflict -->\n```text\n(?<message>.*?)\n```", RegexOptions.Singleline);
        var writer = new StringWriter { NewLine = "\n" };

        Conflicts.ShadowedServiceRule(writer).ShouldNotBeNull();

        writer.ToString().ShouldBe(quoted.Groups["message"].Value + "\n");
    }

    [Fact]
    public void The_kinds_of_field_listed_are_the_command_lines()
    {
        string kinds = string.Join(", ", FieldKindsOption.Names);

        Extending.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal).ShouldContain(kinds);
    }
}
