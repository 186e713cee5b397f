using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ImrParsing.Tests.Architecture;

/// <summary>
/// The library's namespaces are layers that read one way (issue 13, docs/architecture.md): a
/// namespace uses those below it and never one above, so there is no cycle between namespaces.
/// A back edge fails with the two types named.
/// </summary>
public sealed class LayerTests
{
    /// <summary>The layers, bottom to top; namespaces of one layer do not use each other.</summary>
    internal static readonly string[][] Layers =
    [
        ["ImrParsing.Text"],
        ["ImrParsing.Diagnostics"],
        ["ImrParsing.Syntax"],
        ["ImrParsing.Tokenizing"],
        ["ImrParsing.Parsers.Pooling"],
        ["ImrParsing.Parsers.Combinators"],
        ["ImrParsing.Parsers"],
        ["ImrParsing.Lexing"],
        ["ImrParsing.Semantics"],
        ["ImrParsing.Sections"],
        ["ImrParsing.Json", "ImrParsing.Annotation"],
        ["ImrParsing"],
    ];

    private static readonly ArchUnitNET.Domain.Architecture Library =
        new ArchLoader().LoadAssemblies(typeof(ImrDocument).Assembly).Build();

    /// <summary>Every (namespace, namespace it must not use): those above it and those beside it.</summary>
    public static TheoryData<string, string> ForbiddenUses()
    {
        var data = new TheoryData<string, string>();
        for (int layer = 0; layer < Layers.Length; layer++)
        {
            foreach (string user in Layers[layer])
            {
                foreach (string used in Layers.Skip(layer).SelectMany(names => names).Where(name => name != user))
                {
                    data.Add(user, used);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ForbiddenUses))]
    public void A_namespace_does_not_use_one_above_or_beside_it(string user, string used)
    {
        var forbidden = used == "ImrParsing"
            // ImrDocument is the model's root as well as the entry point: JSON and annotation read it.
            ? Types().That().ResideInNamespace(used).And().AreNot(typeof(ImrDocument))
            : Types().That().ResideInNamespace(used);
        Types().That().ResideInNamespace(user)
            .Should().NotDependOnAny(forbidden)
            .Because($"{used} is not below {user} (docs/architecture.md)")
            .Check(Library);
    }

    [Theory]
    [InlineData("ImrParsing.Json")]
    [InlineData("ImrParsing.Annotation")]
    public void The_document_does_not_use_what_reads_it(string reader) =>
        Types().That().Are(typeof(ImrDocument))
            .Should().NotDependOnAny(Types().That().ResideInNamespace(reader))
            .Because($"{reader} reads the document (docs/architecture.md)")
            .Check(Library);

    [Fact]
    public void Every_namespace_of_the_library_is_in_a_layer()
    {
        var layered = Layers.SelectMany(names => names).ToHashSet();
        var namespaces = typeof(ImrDocument).Assembly.GetTypes()
            .Select(type => type.Namespace)
            .Where(name => name is not null && name.StartsWith("ImrParsing", StringComparison.Ordinal))
            .Distinct();

        namespaces.Where(name => !layered.Contains(name!)).ShouldBeEmpty("a new namespace needs its place in LayerTests.Layers");
    }
}
