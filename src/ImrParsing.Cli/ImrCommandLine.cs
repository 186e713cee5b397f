using System.CommandLine;

namespace ImrParsing.Cli;

/// <summary>The command line: <c>imr parse [--format json|jsonl] PATH...</c>.</summary>
public static class ImrCommandLine
{
    /// <summary>Exit code when every input was parsed.</summary>
    public const int Success = 0;

    /// <summary>Exit code when at least one input could not be read or parsed.</summary>
    public const int InputFailed = 1;

    /// <summary>Exit code when the command line itself is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line and returns its exit code.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Reads California IMR Final Determination letters into typed JSON.")
        {
            ParseCommand.Create(input, output, error),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"imr: {parseError.Message}");
            }

            error.WriteLine("Try 'imr --help'.");
            return UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
