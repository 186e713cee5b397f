using ImrParsing.Cli.Inputs;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Cli;

public sealed class InputExpanderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_folder_gives_the_files_and_order_of_a_sorted_recursive_listing()
    {
        // Constructed: names that sort differently as whole paths than folder by folder
        // ("a.txt" < "a/..." < "a-b.txt" < "a0/..."), hidden files and folders, other extensions,
        // an empty folder and a folder linked into the tree.
        string[] files =
        [
            "a.txt", "a/b.txt", "a/a/a.pdf", "a-b.txt", "a0/c.pdf", "A.TXT", "ab/x.Txt", "b/.hidden.txt",
            ".hid/x.txt", "z.doc", "z/z.txt", "Z/y.pdf", "a b/c.txt", "ä/d.txt", "a_/e.txt",
        ];
        foreach (string file in files)
        {
            _folder.Touch(file);
        }

        Directory.CreateDirectory(_folder.PathOf("empty"));
        if (!OperatingSystem.IsWindows())
        {
            Directory.CreateSymbolicLink(_folder.PathOf("linked"), _folder.PathOf("a0"));
        }

        foreach (string root in new[] { _folder.Root, _folder.Root + "/" })
        {
            var (inputs, expanded) = InputExpander.Expand([root]);
            var listed = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(file => file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();

            expanded.ShouldBeTrue();
            listed.Count.ShouldBeGreaterThan(10);
            inputs.Select(input => input.Source).ShouldBe(listed);
            inputs.Select(input => input.Name).ShouldBe(listed.Select(file => Path.GetRelativePath(root, file)));
        }
    }

    [Fact]
    public void Arguments_keep_their_order_and_an_empty_folder_is_reported_in_its_place()
    {
        _folder.Touch("letters/CM16-0002.txt");
        _folder.Touch("letters/CM16-0001.pdf");
        Directory.CreateDirectory(_folder.PathOf("none"));

        var (inputs, expanded) = InputExpander.Expand([_folder.PathOf("letters"), "-", _folder.PathOf("none"), "missing.txt"]);

        expanded.ShouldBeTrue();
        inputs.Select(input => (input.Name ?? input.Source, input.Problem is not null)).ShouldBe(
        [
            ("CM16-0001.pdf", false), ("CM16-0002.txt", false), ("-", false), (_folder.PathOf("none"), true), ("missing.txt", false),
        ]);
        InputExpander.Expand(["one.txt", "two.txt"]).Expanded.ShouldBeFalse();
    }

    [Fact]
    public void A_folder_is_listed_as_its_files_are_asked_for()
    {
        for (int folder = 0; folder < 3; folder++)
        {
            _folder.Touch($"{folder}/CM16-0001.txt");
        }

        using var inputs = InputExpander.Expand([_folder.Root]).Inputs.GetEnumerator();
        inputs.MoveNext().ShouldBeTrue();
        Directory.Delete(_folder.PathOf("2"), recursive: true); // not listed yet

        var rest = new List<string?>();
        while (inputs.MoveNext())
        {
            rest.Add(inputs.Current.Name);
        }

        rest.ShouldBe([Path.Join("1", "CM16-0001.txt")]);
    }
}
