namespace ImrParsing.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds ImrParsing.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path below the repository's root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ImrParsing.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ImrParsing.sln above {AppContext.BaseDirectory}.");
    }
}
