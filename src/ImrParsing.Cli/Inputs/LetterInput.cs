namespace ImrParsing.Cli.Inputs;

/// <summary>
/// One input to read: a file, standard input (<see cref="Path"/> null), or a PATH argument that
/// named nothing readable (<see cref="Problem"/> set), reported in its place in the output.
/// </summary>
/// <param name="Source">The name the output gives it: the path as given, or as a folder or glob expanded it.</param>
/// <param name="Path">The file to read; null for standard input.</param>
/// <param name="Problem">Why the argument gave no file to read, or null.</param>
internal sealed record LetterInput(string Source, string? Path, string? Problem = null)
{
    /// <summary>The name for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>True for standard input.</summary>
    public bool IsStandardInput => Path is null && Problem is null;
}
