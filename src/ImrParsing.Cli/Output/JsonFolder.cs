using ImrParsing.Cli.Inputs;

namespace ImrParsing.Cli.Output;

/// <summary>
/// <c>imr parse --format json -o DIR</c>: one file per letter, <c>DIR/NAME.json</c> where NAME is
/// the input's path below the argument that named it. Each file is written under a temporary
/// name, flushed to disk and renamed, so that a batch killed at any moment leaves only complete
/// files; a rerun skips the letters whose file is newer than the input.
/// </summary>
internal sealed class JsonFolder(string folder)
{
    private const string TemporarySuffix = ".tmp";

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where each input's file goes, in input order; a name met a second time (two arguments with
    /// files of one name) gets "-2", "-3" before ".json", so that the names are the same on a rerun.
    /// </summary>
    public IReadOnlyList<string> PathsFor(IEnumerable<LetterInput> inputs)
    {
        var paths = new List<string>();
        foreach (var input in inputs)
        {
            string name = input.RelativeName;
            string unique = name;
            for (int n = 2; !_used.Add(unique); n++)
            {
                unique = $"{name}-{n}";
            }

            paths.Add(Path.Combine(folder, unique + ".json"));
        }

        return paths;
    }

    /// <summary>True when <paramref name="output"/> exists and was written after <paramref name="input"/> last changed.</summary>
    public static bool IsUpToDate(LetterInput input, string output)
    {
        if (input.Path is null || input.Problem is not null)
        {
            return false; // standard input and arguments that named nothing are always redone
        }

        var written = new FileInfo(output);
        var read = new FileInfo(input.Path);
        return written.Exists && read.Exists && written.LastWriteTimeUtc > read.LastWriteTimeUtc;
    }

    /// <summary>Writes <paramref name="json"/> (UTF-8, its line break included) to <paramref name="output"/> all at once: a temporary file, flushed to disk, then renamed.</summary>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static void Write(string output, ReadOnlySpan<byte> json)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        string temporary = output + TemporarySuffix;
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 14))
        {
            file.Write(json);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, output, overwrite: true);
    }
}
