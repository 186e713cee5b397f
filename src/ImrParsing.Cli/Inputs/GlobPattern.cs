using System.Text;
using System.Text.RegularExpressions;

namespace ImrParsing.Cli.Inputs;

/// <summary>
/// A file pattern for shells that do not expand them (or quoted ones): <c>*</c> and <c>?</c>
/// within a name, <c>[abc]</c> and <c>[a-z]</c> sets, and <c>**</c> for any depth of folders,
/// as in <c>letters/**/CM16-*.pdf</c>. Not Microsoft.Extensions.FileSystemGlobbing: its patterns
/// have <c>*</c> and <c>**</c> only, neither <c>?</c> nor <c>[abc]</c> (dotnet/runtime#82406).
/// </summary>
internal sealed class GlobPattern
{
    private static readonly char[] Wildcards = ['*', '?', '['];
    private static readonly bool IgnoreCase = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    private readonly string _root;
    private readonly string _prefix;
    private readonly string[] _segments;

    private GlobPattern(string root, string prefix, string[] segments)
    {
        _root = root;
        _prefix = prefix;
        _segments = segments;
    }

    /// <summary>True when <paramref name="argument"/> holds a wildcard.</summary>
    public static bool IsPattern(string argument) => argument.IndexOfAny(Wildcards) >= 0;

    /// <summary>Splits a pattern into the folder it starts from and the segments to match below it.</summary>
    public static GlobPattern Parse(string pattern)
    {
        var segments = pattern.Split(SeparatorsFor(pattern));
        int first = Array.FindIndex(segments, IsPattern);
        string prefix = string.Join('/', segments[..first]);
        string root = first == 0 ? "." : prefix.Length == 0 ? "/" : prefix;
        string shown = first == 0 ? "" : prefix + "/";
        return new GlobPattern(root, shown, segments[first..]);
    }

    /// <summary>The files the pattern matches, in ordinal order, each as the pattern's prefix plus its path below it.</summary>
    public IReadOnlyList<string> Files()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(_root))
        {
            Match(_root, _prefix, 0, found);
        }

        return [.. found];
    }

    /// <summary>The path of <paramref name="file"/>, one of <see cref="Files"/>, below the pattern's fixed start.</summary>
    public string RelativeName(string file) => file[_prefix.Length..];

    private void Match(string folder, string shown, int index, SortedSet<string> found)
    {
        string segment = _segments[index];
        bool last = index == _segments.Length - 1;
        if (segment == "**")
        {
            // Zero folders: the rest of the pattern here; or one more folder and "**" again.
            if (last)
            {
                foreach (string file in SafeEnumerate(() => Directory.EnumerateFiles(folder)))
                {
                    found.Add(shown + Path.GetFileName(file));
                }
            }
            else
            {
                Match(folder, shown, index + 1, found);
            }

            foreach (string child in SafeEnumerate(() => Directory.EnumerateDirectories(folder)))
            {
                if (!IsLink(child))
                {
                    Match(child, shown + Path.GetFileName(child) + "/", index, found);
                }
            }

            return;
        }

        var name = ToRegex(segment);
        var entries = last ? SafeEnumerate(() => Directory.EnumerateFiles(folder)) : SafeEnumerate(() => Directory.EnumerateDirectories(folder));
        foreach (string entry in entries)
        {
            string entryName = Path.GetFileName(entry);
            if (!name.IsMatch(entryName))
            {
                continue;
            }

            if (last)
            {
                found.Add(shown + entryName);
            }
            else
            {
                Match(entry, shown + entryName + "/", index + 1, found);
            }
        }
    }

    private static Regex ToRegex(string segment)
    {
        var regex = new StringBuilder("^");
        for (int i = 0; i < segment.Length; i++)
        {
            char c = segment[i];
            int close = c == '[' ? segment.IndexOf(']', i + 2) : -1;
            if (c == '*')
            {
                regex.Append(".*");
            }
            else if (c == '?')
            {
                regex.Append('.');
            }
            else if (close > 0)
            {
                string set = segment[(i + 1)..close];
                regex.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        var options = RegexOptions.CultureInvariant | (IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new Regex(regex.Append('$').ToString(), options);
    }

    private static char[] SeparatorsFor(string pattern) => OperatingSystem.IsWindows() ? ['/', '\\'] : ['/'];

    private static bool IsLink(string folder) => new DirectoryInfo(folder).LinkTarget is not null;

    private static string[] SafeEnumerate(Func<IEnumerable<string>> entries)
    {
        try
        {
            return entries().ToArray();
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            return [];
        }
    }
}
