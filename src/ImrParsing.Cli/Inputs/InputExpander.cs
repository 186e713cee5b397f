namespace ImrParsing.Cli.Inputs;

/// <summary>
/// Turns PATH arguments into the inputs to read, in order: <c>-</c> is standard input, a folder
/// gives its .txt and .pdf files (recursively, in ordinal order), a pattern with <c>*</c>,
/// <c>?</c> or <c>[...]</c> gives the files it matches, anything else is a file.
/// </summary>
internal static class InputExpander
{
    private static readonly string[] LetterExtensions = [".txt", ".pdf"];

    /// <summary>
    /// The inputs, listed as they are asked for (a folder's files one folder at a time), and
    /// whether any argument stands for several files (a folder or a pattern).
    /// </summary>
    public static (IEnumerable<LetterInput> Inputs, bool Expanded) Expand(IReadOnlyList<string> arguments)
    {
        var kinds = arguments.Select(KindOf).ToArray();
        return (Inputs(arguments, kinds), kinds.Any(kind => kind is ArgumentKind.Folder or ArgumentKind.Pattern));
    }

    private static IEnumerable<LetterInput> Inputs(IReadOnlyList<string> arguments, ArgumentKind[] kinds)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            string argument = arguments[i];
            switch (kinds[i])
            {
                case ArgumentKind.StandardInput:
                    yield return new LetterInput(argument, null);
                    break;
                case ArgumentKind.Folder:
                    bool any = false;
                    foreach (var (file, name) in FolderWalk.Files(argument, IsLetter))
                    {
                        any = true;
                        yield return new LetterInput(file, file, Name: name);
                    }

                    if (!any)
                    {
                        yield return new LetterInput(argument, null, "The folder holds no .txt or .pdf files.");
                    }

                    break;
                case ArgumentKind.Pattern:
                    var pattern = GlobPattern.Parse(argument);
                    var files = pattern.Files();
                    if (files.Count == 0)
                    {
                        yield return new LetterInput(argument, null, "No files match the pattern.");
                    }

                    foreach (string file in files)
                    {
                        yield return new LetterInput(file, file, Name: pattern.RelativeName(file));
                    }

                    break;
                default:
                    yield return new LetterInput(argument, argument);
                    break;
            }
        }
    }

    private static ArgumentKind KindOf(string argument) =>
        argument == LetterInput.StandardInput ? ArgumentKind.StandardInput
        : Directory.Exists(argument) ? ArgumentKind.Folder
        : GlobPattern.IsPattern(argument) && !File.Exists(argument) ? ArgumentKind.Pattern
        : ArgumentKind.File;

    private static bool IsLetter(string fileName) =>
        LetterExtensions.Any(extension => fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private enum ArgumentKind
    {
        StandardInput,
        Folder,
        Pattern,
        File,
    }
}
