using System.Text.Json;
using System.Text.Json.Nodes;
using ImrParsing.Json;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Json;

public sealed class ImrJsonSchemaTests
{
    private static readonly string SchemaPath = Repository.PathOf("schema", "imr-document.schema.json");

    private static readonly SchemaValidator Validator = new(JsonDocument.Parse(ImrJson.GetSchema()).RootElement);

    [Fact]
    public void The_schema_in_the_repository_is_the_one_the_types_give()
    {
        string generated = ImrJson.GetSchema();
        // Compared without regard to line ends, which a checkout may change.
        string kept = File.Exists(SchemaPath) ? File.ReadAllText(SchemaPath).ReplaceLineEndings("\n") : "";
        if (kept != generated)
        {
            File.WriteAllText(Path.ChangeExtension(SchemaPath, ".received.json"), generated);
        }

        kept.ShouldBe(generated, "The model changed: review schema/imr-document.schema.received.json, then run " +
            "`dotnet run --project src/ImrParsing.Cli -- schema > schema/imr-document.schema.json`.");
    }

    [Fact]
    public void The_schema_describes_every_property()
    {
        // A schema of just "true", or an array without "items", means the exporter could not see
        // the type (a custom converter): such values would go unchecked.
        var loose = new List<string>();
        Visit(JsonNode.Parse(ImrJson.GetSchema())!, "$", loose);

        loose.ShouldBeEmpty();

        static void Visit(JsonNode node, string path, List<string> loose)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["type"] is JsonValue type && type.GetValue<string>() == "array" && obj["items"] is null)
                    {
                        loose.Add($"{path}.items");
                    }

                    foreach (var (name, child) in obj)
                    {
                        if (child is JsonValue value && value.GetValueKind() == JsonValueKind.True && name != "additionalProperties")
                        {
                            loose.Add($"{path}.{name}");
                        }
                        else if (child is not null)
                        {
                            Visit(child, $"{path}.{name}", loose);
                        }
                    }

                    break;
                case JsonArray array:
                    for (int i = 0; i < array.Count; i++)
                    {
                        Visit(array[i]!, $"{path}[{i}]", loose);
                    }

                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_corpus_document_matches_the_schema(string name)
    {
        using var json = JsonDocument.Parse(ImrJson.Serialize(ImrDocument.Parse(Infrastructure.Corpus.Read(name))));

        Validator.Validate(json.RootElement).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("extra property", "$.items[0].comment", "{\"comment\": 1}")]
    [InlineData("wrong type", "$.header.caseNumber.value", "42")]
    [InlineData("value outside the enum", "$.items[0].decision.value", "\"maybe\"")]
    [InlineData("date not in ISO form", "$.header.decisionDate.value", "\"12/09/2016\"")]
    [InlineData("null where a value is required", "$.items[0].number", "null")]
    [InlineData("missing required property", "$.items[0].decision", null)]
    public void A_document_that_breaks_the_schema_is_caught(string what, string path, string? replacement)
    {
        var node = JsonNode.Parse(ImrJson.Serialize(ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"))))!;
        Change(node, path, replacement);

        var errors = Validator.Validate(JsonDocument.Parse(node.ToJsonString()).RootElement);

        errors.ShouldNotBeEmpty(what);
    }

    // Sets (or, for a null replacement, removes) the value at a "$.a.b[0].c" path; for an object
    // replacement whose target is an object, merges its properties instead.
    private static void Change(JsonNode root, string path, string? replacement)
    {
        var parts = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var parent = root;
        foreach (string part in parts[..^1])
        {
            parent = part.StartsWith('[') ? parent[int.Parse(part[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : parent[part]!;
        }

        string last = parts[^1];
        var target = parent.AsObject();
        if (replacement is null)
        {
            target.Remove(last).ShouldBeTrue();
        }
        else if (JsonNode.Parse(replacement) is JsonObject extra)
        {
            foreach (var (name, value) in extra.ToArray())
            {
                extra.Remove(name);
                target[name] = value;
            }
        }
        else
        {
            target[last] = JsonNode.Parse(replacement);
        }
    }
}
