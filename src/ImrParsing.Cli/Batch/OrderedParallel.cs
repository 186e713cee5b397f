using System.Runtime.ExceptionServices;

namespace ImrParsing.Cli.Batch;

/// <summary>
/// Runs work on several inputs at once and hands the results over in input order, so that the
/// output does not depend on timing. <c>degree</c> threads (the calling one among them) each take
/// the next input in turn; whichever thread finishes the result that is next in order consumes it
/// and every result after it that is ready, one thread at a time. At most a bounded window of
/// finished results wait for an earlier, slower one, so memory stays flat over batches of any size.
/// </summary>
/// <remarks>
/// No thread of its own consumes: on two cores a third thread woken for every result takes the
/// time the letters need, and threads of their own rather than the thread pool, whose workers spin
/// while they look for the next task (benchmarks/README.md, "Batches").
/// </remarks>
internal static class OrderedParallel
{
    /// <summary>Results that may wait for an earlier one, per thread.</summary>
    private const int WindowPerThread = 16;

    /// <summary>
    /// Runs <paramref name="work"/> on every input and passes each result to <paramref name="consume"/>
    /// in input order, one call at a time (not always on the same thread). The first failure, of
    /// the work (in its input's place) or of <paramref name="consume"/>, stops the batch and is
    /// rethrown.
    /// </summary>
    /// <remarks>
    /// <paramref name="inputs"/> is enumerated as inputs are taken, by the threads in turn, so a
    /// lazily listed batch starts on its first inputs at once.
    /// </remarks>
    public static void Run<TInput, TResult>(
        IEnumerable<TInput> inputs, int degree, Func<TInput, TResult> work, Action<TResult> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        using var source = inputs.GetEnumerator();
        if (!source.MoveNext())
        {
            return;
        }

        var first = source.Current;
        if (degree == 1 || !source.MoveNext())
        {
            consume(work(first));
            while (source.MoveNext())
            {
                consume(work(source.Current));
            }

            return;
        }

        new Window<TInput, TResult>(first, source, degree, work, consume).Run();
    }

    /// <summary>
    /// The inputs handed out in order (the first already taken, <paramref name="source"/> on the
    /// second), and a ring of slots for the results not yet consumed.
    /// </summary>
    private sealed class Window<TInput, TResult>(
        TInput first, IEnumerator<TInput> source, int degree, Func<TInput, TResult> work, Action<TResult> consume)
    {
        private readonly Slot[] _slots = new Slot[degree * WindowPerThread];
        private readonly object _lock = new(); // Monitor.Wait needs a monitor, not a System.Threading.Lock
        private int _next; // the next input to start
        private bool _ended; // the source has no more inputs
        private int _consumed; // how many results were consumed
        private bool _consuming; // a thread is consuming
        private ExceptionDispatchInfo? _failure;

        public void Run()
        {
            var helpers = new Thread[degree - 1];
            for (int i = 0; i < helpers.Length; i++)
            {
                helpers[i] = new Thread(Work) { IsBackground = true, Name = "imr worker" };
                helpers[i].Start();
            }

            Work();
            foreach (var helper in helpers)
            {
                helper.Join();
            }

            _failure?.Throw();
        }

        private void Work()
        {
            while (Start() is (int index, var input, var unlisted))
            {
                Slot done = new(true, default, unlisted);
                try
                {
                    if (unlisted is null)
                    {
                        done = new Slot(true, work(input), null);
                    }
                }
                catch (Exception exception)
                {
                    done = new Slot(true, default, ExceptionDispatchInfo.Capture(exception));
                }

                if (Finish(index, done))
                {
                    ConsumeReady();
                }
            }
        }

        // The next input to work on and its place, once the window has room for its result; null at
        // the end. A failure to list the inputs takes the next place, so that the results before it
        // are consumed first.
        private (int Index, TInput Input, ExceptionDispatchInfo? Unlisted)? Start()
        {
            lock (_lock)
            {
                while (_failure is null && !_ended && _next >= _consumed + _slots.Length)
                {
                    Monitor.Wait(_lock);
                }

                if (_failure is not null || _ended)
                {
                    return null;
                }

                try
                {
                    if (_next > 1 && !source.MoveNext())
                    {
                        _ended = true;
                        return null;
                    }
                }
                catch (Exception exception)
                {
                    _ended = true;
                    return (_next++, default!, ExceptionDispatchInfo.Capture(exception));
                }

                // Listing may take a while (a folder at a time): the others wait only when they need an input too.
                var input = _next == 0 ? first : source.Current;
                return (_next++, input, null);
            }
        }

        // Stores a result; true when the caller is to consume it and what follows it.
        private bool Finish(int index, Slot done)
        {
            lock (_lock)
            {
                _slots[index % _slots.Length] = done;
                if (_consuming || index != _consumed)
                {
                    return false;
                }

                _consuming = true;
                return true;
            }
        }

        // Consumes results in order while they are ready, then gives up the turn.
        private void ConsumeReady()
        {
            while (true)
            {
                Slot done;
                lock (_lock)
                {
                    ref var slot = ref _slots[_consumed % _slots.Length];
                    if (_failure is not null || !slot.Done)
                    {
                        _consuming = false;
                        return;
                    }

                    done = slot;
                    slot = default;
                    _consumed++;
                    Monitor.PulseAll(_lock); // a thread may wait for room
                }

                try
                {
                    done.Failure?.Throw();
                    consume(done.Result!);
                }
                catch (Exception exception)
                {
                    Stop(ExceptionDispatchInfo.Capture(exception));
                    return;
                }
            }
        }

        private void Stop(ExceptionDispatchInfo failure)
        {
            lock (_lock)
            {
                _failure ??= failure;
                _consuming = false;
                Monitor.PulseAll(_lock);
            }
        }

        private readonly record struct Slot(bool Done, TResult? Result, ExceptionDispatchInfo? Failure);
    }
}
