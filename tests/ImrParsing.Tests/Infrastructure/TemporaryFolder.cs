namespace ImrParsing.Tests.Infrastructure;

/// <summary>A folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "imr-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The path of <paramref name="relative"/> ("a/b.txt") inside the folder.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Copies <paramref name="file"/> to <paramref name="relative"/>, making its folders.</summary>
    public void Copy(string file, string relative)
    {
        string target = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }

    /// <summary>Writes an empty file at <paramref name="relative"/>, making its folders.</summary>
    public void Touch(string relative)
    {
        string target = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
