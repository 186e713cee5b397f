using System.IO.Enumeration;

namespace ImrParsing.Cli.Inputs;

/// <summary>
/// A folder's .txt and .pdf files, at any depth, in the ordinal order of their paths, listed one
/// folder at a time as they are asked for: a batch starts on the first letters while the rest of
/// the tree is still to be read. The same files and order as listing the whole tree and sorting
/// it: within a folder, entries are taken in the ordinal order of their names, a folder's name
/// compared with a separator after it, which is where every path below it differs from its siblings'.
/// </summary>
internal static class FolderWalk
{
    private static readonly EnumerationOptions Options = new() { IgnoreInaccessible = true };

    /// <summary>The files below <paramref name="folder"/>: each path as the folder's enumeration spells it, and its path below the folder.</summary>
    public static IEnumerable<(string Path, string Name)> Files(string folder, Func<string, bool> include) =>
        Walk(folder, "", include);

    private static IEnumerable<(string Path, string Name)> Walk(string folder, string below, Func<string, bool> include)
    {
        var entries = below.Length == 0 ? Entries(folder) : EntriesIfAny(folder);
        entries.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        foreach (var entry in entries)
        {
            string name = below.Length == 0 ? entry.FileName : Path.Join(below, entry.FileName);
            if (!entry.IsDirectory)
            {
                if (include(entry.FileName))
                {
                    yield return (entry.Path, name);
                }

                continue;
            }

            foreach (var file in Walk(entry.Path, name, include))
            {
                yield return file;
            }
        }
    }

    // A folder below the argument that is gone by the time it is listed has no files, as in a recursive listing.
    private static List<Entry> EntriesIfAny(string folder)
    {
        try
        {
            return Entries(folder);
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
    }

    // IgnoreInaccessible: a folder that may not be read gives no entries, as in a recursive listing.
    private static List<Entry> Entries(string folder) =>
        [.. new FileSystemEnumerable<Entry>(
            folder,
            static (ref FileSystemEntry entry) =>
            {
                string fileName = entry.FileName.ToString();
                return new Entry(entry.ToSpecifiedFullPath(), fileName, entry.IsDirectory ? fileName + Path.DirectorySeparatorChar : fileName, entry.IsDirectory);
            },
            Options)];

    private readonly record struct Entry(string Path, string FileName, string Key, bool IsDirectory);
}
