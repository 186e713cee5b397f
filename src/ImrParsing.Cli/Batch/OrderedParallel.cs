using System.Runtime.ExceptionServices;

namespace ImrParsing.Cli.Batch;

/// <summary>
/// Runs work on several inputs at once and hands the results over in input order, so that the
/// output does not depend on timing. Each of <c>degree</c> threads of its own takes the next
/// input in turn; the calling thread consumes. At most a bounded window of finished results wait
/// for an earlier, slower one, so memory stays flat over batches of any size.
/// </summary>
/// <remarks>
/// Threads of its own, not a task per input on the thread pool: the pool's workers spin while
/// they look for the next task, and on few cores that spinning takes the time the letters need
/// (benchmarks/README.md, "Batches").
/// </remarks>
internal static class OrderedParallel
{
    public static void Run<TInput, TResult>(IReadOnlyList<TInput> inputs, int degree, Func<TInput, TResult> work, Action<TResult> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        if (degree == 1 || inputs.Count <= 1)
        {
            foreach (var input in inputs)
            {
                consume(work(input));
            }

            return;
        }

        new Window<TInput, TResult>(inputs, Math.Min(degree, inputs.Count), work).Consume(consume);
    }

    /// <summary>The inputs handed out in order, and a ring of slots for the results not yet consumed.</summary>
    private sealed class Window<TInput, TResult>
    {
        private readonly IReadOnlyList<TInput> _inputs;
        private readonly Func<TInput, TResult> _work;
        private readonly Slot[] _slots;
        private readonly Thread[] _workers;
        private readonly object _lock = new(); // Monitor.Wait needs a monitor, not a System.Threading.Lock
        private int _next; // the next input to start
        private int _consumed; // how many results were consumed
        private bool _stopped;

        public Window(IReadOnlyList<TInput> inputs, int degree, Func<TInput, TResult> work)
        {
            _inputs = inputs;
            _work = work;
            _slots = new Slot[degree * 4];
            _workers = new Thread[degree];
            for (int i = 0; i < degree; i++)
            {
                _workers[i] = new Thread(Work) { IsBackground = true, Name = "imr worker" };
            }
        }

        public void Consume(Action<TResult> consume)
        {
            foreach (var worker in _workers)
            {
                worker.Start();
            }

            try
            {
                for (int index = 0; index < _inputs.Count; index++)
                {
                    var done = Take(index);
                    done.Failure?.Throw();
                    consume(done.Result!);
                }
            }
            finally
            {
                lock (_lock)
                {
                    _stopped = true;
                    Monitor.PulseAll(_lock);
                }

                foreach (var worker in _workers)
                {
                    worker.Join();
                }
            }
        }

        private void Work()
        {
            while (Start() is int index)
            {
                Slot done;
                try
                {
                    done = new Slot(true, _work(_inputs[index]), null);
                }
                catch (Exception exception)
                {
                    done = new Slot(true, default, ExceptionDispatchInfo.Capture(exception));
                }

                lock (_lock)
                {
                    _slots[index % _slots.Length] = done;
                    if (index == _consumed)
                    {
                        Monitor.PulseAll(_lock); // the consumer waits for this one
                    }
                }
            }
        }

        // The next input to work on, once the window has room for its result; null at the end.
        private int? Start()
        {
            lock (_lock)
            {
                while (!_stopped && _next < _inputs.Count && _next >= _consumed + _slots.Length)
                {
                    Monitor.Wait(_lock);
                }

                return _stopped || _next >= _inputs.Count ? null : _next++;
            }
        }

        private Slot Take(int index)
        {
            lock (_lock)
            {
                ref var slot = ref _slots[index % _slots.Length];
                while (!slot.Done)
                {
                    Monitor.Wait(_lock);
                }

                var done = slot;
                slot = default;
                _consumed = index + 1;
                Monitor.PulseAll(_lock); // a worker may wait for room
                return done;
            }
        }

        private readonly record struct Slot(bool Done, TResult? Result, ExceptionDispatchInfo? Failure);
    }
}
