using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ImrParsing.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/NAME.approved.json</c> beside this project. A mismatch
/// writes <c>NAME.received.json</c> and fails with a short diff (at most <see cref="MaxDiffLines"/>
/// lines of at most <see cref="MaxLineLength"/> characters, since the letters concern patients);
/// <c>tests/snapshots.sh</c> shows the full diffs and accepts them once read.
/// </summary>
public static class Snapshot
{
    public const int MaxDiffLines = 12;
    public const int MaxLineLength = 100;

    public static string Folder => Repository.PathOf("tests", "ImrParsing.Tests", "Snapshots");

    public static void Match(string name, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        string approvedPath = Path.Combine(Folder, name + ".approved.json");
        string receivedPath = Path.Combine(Folder, name + ".received.json");
        if (File.Exists(approvedPath))
        {
            string approved = File.ReadAllText(approvedPath).ReplaceLineEndings("\n");
            if (approved == actual)
            {
                File.Delete(receivedPath);
                return;
            }

            Write(receivedPath, actual);
            Assert.Fail($"Snapshot {name} differs from its approved file; read the diff (tests/snapshots.sh diff) before accepting it.\n{Diff(approved, actual)}");
        }

        Write(receivedPath, actual);
        Assert.Fail($"Snapshot {name} has no approved file yet: read {receivedPath} and accept it with tests/snapshots.sh accept.");
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    private static string Diff(string approved, string actual)
    {
        var builder = new StringBuilder();
        int shown = 0;
        int lineNumber = 0;
        foreach (var line in InlineDiffBuilder.Diff(approved, actual).Lines)
        {
            if (line.Type != ChangeType.Deleted)
            {
                lineNumber++;
            }

            if (line.Type is ChangeType.Unchanged)
            {
                continue;
            }

            if (shown++ == MaxDiffLines)
            {
                builder.AppendLine("  ...");
                break;
            }

            string text = line.Text.Length > MaxLineLength ? line.Text[..MaxLineLength] + "…" : line.Text;
            builder.Append(line.Type == ChangeType.Deleted ? "  - " : "  + ").Append(lineNumber).Append(": ").AppendLine(text.Trim());
        }

        return builder.ToString();
    }
}
