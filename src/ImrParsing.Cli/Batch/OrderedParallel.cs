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
    /// <paramref name="inputs"/> is enumerated a little ahead of the threads (up to twice the
    /// window), by one thread at a time and outside the lock, so that a lazily listed batch starts
    /// on its first inputs at once and no thread waits while another lists a folder.
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
    /// The inputs handed out in order (the first two already taken from <paramref name="source"/>),
    /// a queue of inputs listed ahead, and a ring of slots for the results not yet consumed.
    /// </summary>
    private sealed class Window<TInput, TResult>(
        TInput first, IEnumerator<TInput> source, int degree, Func<TInput, TResult> work, Action<TResult> consume)
    {
        private readonly Slot[] _slots = new Slot[degree * WindowPerThread];
        private readonly Queue<TInput> _listed = new([first, source.Current]);
        private readonly object _lock = new(); // Monitor.Wait needs a monitor, not a System.Threading.Lock
        private int _next; // the next input to start
        private bool _listing; // a thread is listing inputs ahead, outside the lock
        private bool _ended; // the source has no more inputs
        private ExceptionDispatchInfo? _unlisted; // the source failed after the inputs queued
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
            while (true)
            {
                lock (_lock)
                {
                    while (true)
                    {
                        if (_failure is not null)
                        {
                            return null;
                        }

                        if (_next < _consumed + _slots.Length)
                        {
                            // Inputs run low and no one lists: this thread lists first, holding no
                            // input whose result the others would wait for. Not before the first
                            // input: its result comes as soon as it can.
                            if (_next > 0 && !_listing && !_ended && _listed.Count < _slots.Length)
                            {
                                _listing = true;
                                break;
                            }

                            if (_listed.TryDequeue(out var input))
                            {
                                return (_next++, input, null);
                            }

                            if (_unlisted is { } unlisted)
                            {
                                _unlisted = null;
                                return (_next++, default!, unlisted);
                            }

                            if (_ended)
                            {
                                return null;
                            }
                        }

                        Monitor.Wait(_lock);
                    }
                }

                ListAhead();
            }
        }

        // Lists inputs into the queue until it holds twice the window's worth, the source ends or
        // fails: outside the lock, so that listing a folder (a stat per linked file, a slow network
        // share) holds up no other thread while inputs are queued.
        private void ListAhead()
        {
            while (true)
            {
                TInput input;
                ExceptionDispatchInfo? unlisted = null;
                bool more;
                try
                {
                    more = source.MoveNext();
                    input = more ? source.Current : default!;
                }
                catch (Exception exception)
                {
                    (more, input, unlisted) = (false, default!, ExceptionDispatchInfo.Capture(exception));
                }

                lock (_lock)
                {
                    if (more)
                    {
                        _listed.Enqueue(input);
                    }
                    else
                    {
                        (_ended, _unlisted) = (true, unlisted);
                    }

                    bool stop = !more || _failure is not null || _listed.Count >= 2 * _slots.Length;
                    _listing = !stop;
                    Monitor.PulseAll(_lock); // a thread may wait for an input
                    if (stop)
                    {
                        return;
                    }
                }
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
