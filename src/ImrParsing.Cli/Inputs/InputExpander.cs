namespace ImrParsing.Cli.Inputs;

/// <summary>
/// Turns PATH arguments into the inputs to read, in order: <c>-</c> is standard input, a folder
/// gives its .txt and .pdf files (recursively, in ordinal order), a pattern with <c>*</c>,
/// <c>?</c> or <c>[...]</c> gives the files it matches, anything else is a file.
/// </summary>
internal static class InputExpander
{
    private static readonly string[] LetterExtensions = [".txt", ".pdf"];

    /// <summary>The inputs, and whether any argument stood for several files (a folder or a pattern).</summary>
    public static (IReadOnlyList<LetterInput> Inputs, bool Expanded) Expand(IEnumerable<string> arguments)
    {
        var inputs = new List<LetterInput>();
        bool expanded = false;
        foreach (string argument in arguments)
        {
            if (argument == LetterInput.StandardInput)
            {
                inputs.Add(new LetterInput(argument, null));
            }
            else if (Directory.Exists(argument))
            {
                expanded = true;
                var files = FolderFiles(argument);
                inputs.AddRange(files.Count > 0
                    ? files.Select(file => new LetterInput(file, file, Name: Path.GetRelativePath(argument, file)))
                    : [new LetterInput(argument, null, "The folder holds no .txt or .pdf files.")]);
            }
            else if (GlobPattern.IsPattern(argument) && !File.Exists(argument))
            {
                expanded = true;
                var pattern = GlobPattern.Parse(argument);
                var files = pattern.Files();
                inputs.AddRange(files.Count > 0
                    ? files.Select(file => new LetterInput(file, file, Name: pattern.RelativeName(file)))
                    : [new LetterInput(argument, null, "No files match the pattern.")]);
            }
            else
            {
                inputs.Add(new LetterInput(argument, argument));
            }
        }

        return (inputs, expanded);
    }

    private static List<string> FolderFiles(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(file => LetterExtensions.Any(extension => file.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
