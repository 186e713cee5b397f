namespace ImrParsing.Cli.Inputs;

/// <summary>
/// One input to read: a file, standard input (<see cref="Path"/> null), or a PATH argument that
/// named nothing readable (<see cref="Problem"/> set), reported in its place in the output.
/// </summary>
/// <param name="Source">The name the output gives it: the path as given, or as a folder or glob expanded it.</param>
/// <param name="Path">The file to read; null for standard input.</param>
/// <param name="Problem">Why the argument gave no file to read, or null.</param>
/// <param name="Name">Its path below the argument that named it (a folder or a pattern's fixed start), or its file name; where <c>-o DIR</c> puts its output.</param>
internal sealed record LetterInput(string Source, string? Path, string? Problem = null, string? Name = null)
{
    /// <summary>The name for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>True for standard input.</summary>
    public bool IsStandardInput => Path is null && Problem is null;

    /// <summary>Its path below the argument that named it: <see cref="Name"/>, or else the file's name ("stdin" for standard input).</summary>
    public string RelativeName => Name ?? (Path is null ? "stdin" : System.IO.Path.GetFileName(Source));
}
