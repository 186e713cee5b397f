namespace ImrParsing.Cli.Output;

/// <summary>
/// Where a command that writes one file per letter puts each: in the folder given with -o, named
/// after the input ("CM16-0213037.txt" gives "CM16-0213037" and the extension), with "-2", "-3"
/// added when two inputs of one name meet in a batch.
/// </summary>
internal sealed class LetterFiles(string folder, string extension)
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string PathFor(string source)
    {
        string stem = source == Inputs.LetterInput.StandardInput ? "stdin" : Path.GetFileNameWithoutExtension(source);
        string name = stem + extension;
        for (int n = 2; !_used.Add(name); n++)
        {
            name = $"{stem}-{n}{extension}";
        }

        return Path.Combine(folder, name);
    }
}
