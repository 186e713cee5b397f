using System.Threading.Channels;

namespace ImrParsing.Cli.Batch;

/// <summary>
/// Runs work on several inputs at once and hands the results over in input order, so that the
/// output does not depend on timing. At most a bounded number of finished results wait for an
/// earlier, slower one, so memory stays flat over batches of any size.
/// </summary>
internal static class OrderedParallel
{
    public static void Run<TInput, TResult>(IReadOnlyList<TInput> inputs, int degree, Func<TInput, TResult> work, Action<TResult> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        if (degree == 1)
        {
            foreach (var input in inputs)
            {
                consume(work(input));
            }

            return;
        }

        // The channel holds the started tasks in input order; its bound, with the semaphore that
        // caps running work, limits how far ahead of the consumer the workers can get.
        var started = Channel.CreateBounded<Task<TResult>>(new BoundedChannelOptions(degree * 4) { SingleReader = true, SingleWriter = true });
        var running = new SemaphoreSlim(degree); // not disposed: work still running after a failure releases it
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    await running.WaitAsync(stop.Token).ConfigureAwait(false);
                    var task = Task.Run(() =>
                    {
                        try
                        {
                            return work(input);
                        }
                        finally
                        {
                            running.Release();
                        }
                    });
                    await started.Writer.WriteAsync(task, stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer failed: stop starting work.
            }
            finally
            {
                started.Writer.Complete();
            }
        });

        try
        {
            while (started.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (started.Reader.TryRead(out var task))
                {
                    consume(task.GetAwaiter().GetResult());
                }
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            producer.GetAwaiter().GetResult();
        }
    }
}
