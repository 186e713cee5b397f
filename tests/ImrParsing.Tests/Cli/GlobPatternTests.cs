using ImrParsing.Cli.Inputs;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Cli;

public sealed class GlobPatternTests : IDisposable
{
    // Constructed: a small tree of letter-like names.
    private readonly TemporaryFolder _folder = new();

    public GlobPatternTests()
    {
        foreach (string file in new[] { "CM16-0001.pdf", "CM16-0002.pdf", "CM16-0002.txt", "CM17-0003.pdf", "2016/CM16-0004.pdf", "2016/q4/CM16-0005.pdf", "2017/CM17-0006.txt" })
        {
            _folder.Touch(file);
        }
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("*.pdf", "CM16-0001.pdf CM16-0002.pdf CM17-0003.pdf")]
    [InlineData("CM16-000?.*", "CM16-0001.pdf CM16-0002.pdf CM16-0002.txt")]
    [InlineData("CM1[67]-000[13].pdf", "CM16-0001.pdf CM17-0003.pdf")]
    [InlineData("CM1[!6]-*", "CM17-0003.pdf")]
    [InlineData("**/*.pdf", "2016/CM16-0004.pdf 2016/q4/CM16-0005.pdf CM16-0001.pdf CM16-0002.pdf CM17-0003.pdf")]
    [InlineData("*/*.txt", "2017/CM17-0006.txt")]
    [InlineData("2016/**", "2016/CM16-0004.pdf 2016/q4/CM16-0005.pdf")]
    [InlineData("*.doc", "")]
    public void Patterns_match_files_below_their_fixed_prefix(string pattern, string expected)
    {
        var files = GlobPattern.Parse(_folder.Root + "/" + pattern).Files();

        files.ShouldBe(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(file => _folder.Root + "/" + file));
    }

    [Theory]
    [InlineData("letters/*.pdf", true)]
    [InlineData("CM16-000?.txt", true)]
    [InlineData("CM16-[0-9].txt", true)]
    [InlineData("letters/CM16-0213037.pdf", false)]
    public void Wildcards_make_a_pattern(string argument, bool pattern) => GlobPattern.IsPattern(argument).ShouldBe(pattern);
}
