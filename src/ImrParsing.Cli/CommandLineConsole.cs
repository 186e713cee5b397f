using System.Text;

namespace ImrParsing.Cli;

/// <summary>Where the command line reads and writes: the process's console, or a test's.</summary>
public sealed class CommandLineConsole
{
    /// <summary>A console over the given streams.</summary>
    /// <param name="openInput">Opens standard input (read as bytes: it may be a PDF).</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="errorIsTerminal">True when standard error is a terminal, where batches show a progress bar.</param>
    /// <param name="terminalWidth">The terminal's width in columns.</param>
    public CommandLineConsole(Func<Stream> openInput, TextWriter output, TextWriter error, bool errorIsTerminal = false, int terminalWidth = 80)
    {
        ArgumentNullException.ThrowIfNull(openInput);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        OpenInput = openInput;
        Output = output;
        Error = error;
        ErrorIsTerminal = errorIsTerminal;
        TerminalWidth = terminalWidth;
    }

    /// <summary>Opens standard input.</summary>
    public Func<Stream> OpenInput { get; }

    /// <summary>Standard output.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>True when standard error is a terminal.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The terminal's width in columns.</summary>
    public int TerminalWidth { get; }

    /// <summary>The process's console: UTF-8 (without a byte order mark) on standard output whatever the platform's code page.</summary>
    public static CommandLineConsole ForProcess()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };
        bool terminal = !Console.IsErrorRedirected;
        return new CommandLineConsole(Console.OpenStandardInput, output, Console.Error, terminal, terminal ? WindowWidth() : 80);
    }

    private static int WindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
