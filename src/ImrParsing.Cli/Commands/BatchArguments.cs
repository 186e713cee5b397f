using System.CommandLine;
using ImrParsing.Cli.Batch;

namespace ImrParsing.Cli.Commands;

/// <summary>The arguments and options every command that reads letters shares.</summary>
internal sealed class BatchArguments
{
    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Letters to read, text or PDF: files, folders (their .txt and .pdf files, recursively), " +
            "patterns such as 'letters/**/*.pdf', or '-' for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<int> Parallel { get; } = new("--parallel", "-p")
    {
        Description = "How many letters to read at once (default: one per core). The output keeps the order of the inputs.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    public Option<bool> NoProgress { get; } = new("--no-progress")
    {
        Description = "Never show the progress bar (it shows only when standard error is a terminal).",
    };

    public BatchArguments() =>
        Parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Parallel);
        command.Options.Add(NoProgress);
    }

    public BatchOptions Options(ParseResult result) => new(result.GetValue(Parallel), !result.GetValue(NoProgress));
}
