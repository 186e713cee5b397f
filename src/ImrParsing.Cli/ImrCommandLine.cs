using System.CommandLine;
using System.Text;
using ImrParsing.Cli.Commands;

namespace ImrParsing.Cli;

/// <summary>The command line: <c>imr parse</c>, <c>imr stats</c>, <c>imr annotate</c>, <c>imr redact</c> and <c>imr schema</c>.</summary>
public static class ImrCommandLine
{
    /// <summary>Exit code when every input was parsed.</summary>
    public const int Success = 0;

    /// <summary>Exit code when at least one input could not be read or parsed (the others were), or the output could not be written.</summary>
    public const int InputFailed = 1;

    /// <summary>Exit code when the command line itself is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line with standard input given as text, and returns its exit code.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Run(args, new CommandLineConsole(() => new MemoryStream(Encoding.UTF8.GetBytes(input.ReadToEnd())), output, error));
    }

    /// <summary>Runs the command line on <paramref name="console"/> and returns its exit code.</summary>
    public static int Run(string[] args, CommandLineConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand("Reads California IMR Final Determination letters (text or PDF) into typed JSON, CSV or a summary; writes them back annotated (HTML) or redacted.\n" +
            "Exit codes: 0 every input parsed; 1 some input could not be read or parsed (the others were, and each failure is reported); 2 the command line is wrong.")
        {
            ParseCommand.Create(console),
            StatsCommand.Create(console),
            AnnotateCommand.Create(console),
            RedactCommand.Create(console),
            SchemaCommand.Create(console),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                console.Error.WriteLine($"imr: {parseError.Message}");
            }

            console.Error.WriteLine("Try 'imr --help'.");
            return UsageError;
        }

        try
        {
            int exit = parseResult.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false });
            console.Output.Flush(); // help and version write through the buffered output too
            return exit;
        }
        catch (IOException exception)
        {
            // Standard output closed early (a pipe into head) or a full disk: nothing more can be written.
            console.Error.WriteLine($"imr: could not write the output: {exception.Message}");
            return InputFailed;
        }
    }
}
