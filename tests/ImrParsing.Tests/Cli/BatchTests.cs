using ImrParsing.Cli.Batch;

namespace ImrParsing.Tests.Cli;

public sealed class BatchTests
{
    [Fact]
    public void Results_come_in_input_order_however_long_each_takes()
    {
        var consumed = new List<int>();
        int[] inputs = [.. Enumerable.Range(0, 40)];

        OrderedParallel.Run(inputs, 4, input =>
        {
            Thread.Sleep((input * 7) % 5); // later inputs often finish first
            return input * 10;
        }, consumed.Add);

        consumed.ShouldBe(inputs.Select(input => input * 10));
    }

    [Fact]
    public void Results_are_consumed_one_at_a_time_and_in_order()
    {
        int inside = 0;
        int most = 0;
        var consumed = new List<int>();

        OrderedParallel.Run([.. Enumerable.Range(0, 400)], 4, input => input, result =>
        {
            int now = Interlocked.Increment(ref inside);
            most = Math.Max(most, now);
            consumed.Add(result);
            Thread.SpinWait(2_000);
            Interlocked.Decrement(ref inside);
        });

        most.ShouldBe(1);
        consumed.ShouldBe(Enumerable.Range(0, 400));
    }

    [Fact]
    public void A_failure_while_consuming_stops_the_batch_and_surfaces()
    {
        int started = 0;

        Should.Throw<IOException>(() => OrderedParallel.Run(
            [.. Enumerable.Range(0, 1000)],
            2,
            input => Interlocked.Increment(ref started),
            result => throw new IOException("pipe closed")));

        started.ShouldBeLessThan(1000);
    }

    [Fact]
    public void A_failure_in_the_work_surfaces_in_its_place_after_the_results_before_it()
    {
        var consumed = new List<int>();

        var failure = Should.Throw<InvalidDataException>(() => OrderedParallel.Run(
            [.. Enumerable.Range(0, 100)],
            3,
            input => input == 50 ? throw new InvalidDataException("input 50") : input,
            consumed.Add));

        failure.Message.ShouldBe("input 50");
        consumed.ShouldBe(Enumerable.Range(0, 50));
    }

    [Fact]
    public void Inputs_are_listed_a_bounded_way_ahead_not_first()
    {
        int listed = 0;
        int mostAhead = 0;

        OrderedParallel.Run(Listed(), 2, input =>
        {
            int ahead = Volatile.Read(ref listed) - input;
            int seen;
            while ((seen = Volatile.Read(ref mostAhead)) < ahead && Interlocked.CompareExchange(ref mostAhead, ahead, seen) != seen)
            {
            }

            return input;
        }, _ => { });

        listed.ShouldBe(1000);
        mostAhead.ShouldBeInRange(1, 2 + (2 * 2 * 16)); // the first two, then at most twice the window of 2 threads

        IEnumerable<int> Listed()
        {
            for (int i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref listed);
                yield return i;
            }
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Inputs_are_listed_ahead_and_outside_the_lock_results_are_consumed_under(int degree)
    {
        // The source stops on its 100th input until the 99 before it are consumed: that ends only
        // if those were listed ahead and their results are consumed while the source is stuck.
        using var allBefore = new ManualResetEventSlim();
        var consumed = new List<int>();

        OrderedParallel.Run(Listed(), degree, input =>
        {
            Thread.Sleep(1); // long enough for every thread to take inputs
            return input;
        }, result =>
        {
            consumed.Add(result);
            if (consumed.Count == 99)
            {
                allBefore.Set();
            }
        });

        consumed.ShouldBe(Enumerable.Range(0, 150));

        IEnumerable<int> Listed()
        {
            for (int i = 0; i < 150; i++)
            {
                if (i == 99 && !allBefore.Wait(TimeSpan.FromSeconds(20)))
                {
                    throw new TimeoutException("The inputs listed before were not consumed while the source was stuck.");
                }

                yield return i;
            }
        }
    }

    [Fact]
    public void A_failure_to_list_surfaces_in_its_place_after_the_results_before_it()
    {
        var consumed = new List<int>();

        var failure = Should.Throw<DirectoryNotFoundException>(() => OrderedParallel.Run(Listed(), 3, input => input, consumed.Add));

        failure.Message.ShouldBe("after 40");
        consumed.ShouldBe(Enumerable.Range(0, 40));

        static IEnumerable<int> Listed()
        {
            for (int i = 0; i < 40; i++)
            {
                yield return i;
            }

            throw new DirectoryNotFoundException("after 40");
        }
    }

    [Fact]
    public void The_progress_bar_shows_files_rate_and_errors_in_its_width()
    {
        var error = new StringWriter();
        var elapsed = TimeSpan.Zero;
        var bar = new ProgressBar(error, total: 150, width: 80, () => elapsed);

        for (int i = 0; i < 75; i++)
        {
            elapsed += TimeSpan.FromMilliseconds(100);
            bar.Advance(failed: i % 25 == 0);
        }

        string line = bar.Render(elapsed);
        line.ShouldBe("[" + new string('#', 19) + new string('-', 19) + "]  75/150 files  9.6 letters/s  3 errors");
        line.Length.ShouldBe(79); // the widest bar that leaves the last column free
        error.ToString().ShouldContain("\r" + line);
    }

    [Fact]
    public void Messages_clear_the_bar_and_the_end_leaves_a_summary()
    {
        var error = new StringWriter();
        var elapsed = TimeSpan.FromSeconds(1);
        var bar = new ProgressBar(error, total: 2, width: 60, () => elapsed);

        bar.Advance(failed: false);
        bar.WriteLine("imr: b.pdf: not a PDF that can be read");
        bar.Advance(failed: true);
        elapsed = TimeSpan.FromSeconds(2);
        bar.Finish();

        string[] lines = error.ToString().Split('\n');
        lines[0].ShouldEndWith("\r\u001b[Kimr: b.pdf: not a PDF that can be read");
        lines[^2].ShouldEndWith("\r\u001b[Kimr: 2 files, 1 letter, 1 error in 2.0 s (0.5 letters/s)");
        lines[^1].ShouldBeEmpty();
    }
}
