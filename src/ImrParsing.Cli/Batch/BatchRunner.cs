using ImrParsing.Cli.Inputs;

namespace ImrParsing.Cli.Batch;

/// <summary>
/// Reads a batch of inputs on <see cref="BatchOptions.Parallel"/> threads and hands each result
/// over in input order; reports each failed input on standard error and carries on; shows a
/// progress bar when standard error is a terminal and the batch has several inputs.
/// </summary>
internal sealed class BatchRunner(CommandLineConsole console, BatchOptions options)
{
    /// <summary>Runs the batch; true when every input was read and parsed.</summary>
    /// <param name="inputs">The inputs, in output order; listed as they are read, unless a progress bar needs their count.</param>
    /// <param name="work">Turns a letter into what <paramref name="consume"/> needs (on a worker thread).</param>
    /// <param name="consume">Takes each result in input order (one at a time).</param>
    public bool Run<T>(IEnumerable<LetterInput> inputs, Func<Letter, T> work, Action<T> consume) =>
        Run(inputs, (_, letter) => work(letter), consume);

    /// <summary>Runs the batch; true when every input was read and parsed.</summary>
    /// <param name="inputs">The inputs, in output order; listed as they are read, unless a progress bar needs their count.</param>
    /// <param name="work">Turns an input and its letter into what <paramref name="consume"/> needs (on a worker thread).</param>
    /// <param name="consume">Takes each result in input order (one at a time).</param>
    public bool Run<T>(IEnumerable<LetterInput> inputs, Func<LetterInput, Letter, T> work, Action<T> consume)
    {
        var reader = new LetterReader(console.OpenInput);
        ProgressBar? progress = null;
        if (options.Progress && console.ErrorIsTerminal)
        {
            // The bar needs the count: the inputs are listed before the first is read.
            var listed = inputs as IReadOnlyList<LetterInput> ?? [.. inputs];
            progress = listed.Count > 1 ? new ProgressBar(console.Error, listed.Count, console.TerminalWidth) : null;
            inputs = listed;
        }

        bool failed = false;

        OrderedParallel.Run(
            inputs,
            options.Parallel,
            input =>
            {
                var letter = reader.Read(input);
                return (letter.Source, letter.Error, Result: work(input, letter));
            },
            done =>
            {
                consume(done.Result);
                if (done.Error is { } error)
                {
                    failed = true;
                    string message = error.Describe(done.Source);
                    if (progress is null)
                    {
                        console.Error.WriteLine(message);
                    }
                    else
                    {
                        progress.WriteLine(message);
                    }
                }

                progress?.Advance(done.Error is not null);
            });

        progress?.Finish();
        return !failed;
    }
}

/// <summary>How a batch runs.</summary>
/// <param name="Parallel">How many inputs are read at once.</param>
/// <param name="Progress">False to never show the progress bar.</param>
internal sealed record BatchOptions(int Parallel, bool Progress);
