using ImrParsing.Parsers.Pooling;

namespace ImrParsing.Tests.Parsers;

/// <summary>
/// The spares a thread keeps (<see cref="PerThread{T}"/>): what is given back is taken next on that
/// thread only, a use inside a use gets one of its own, and a parse reads the same with spares kept
/// or not, alone or beside parses on other threads.
/// </summary>
public sealed class PerThreadTests
{
    [Fact]
    public void A_thread_takes_what_it_gave_back_and_nothing_before()
    {
        OnNewThread(() =>
        {
            PerThread<Probe>.Take().ShouldBeNull();
            var probe = new Probe();
            PerThread<Probe>.Give(probe);
            PerThread<Probe>.Take().ShouldBeSameAs(probe);
            PerThread<Probe>.Take().ShouldBeNull();
        });
    }

    [Fact]
    public void A_use_inside_a_use_gets_its_own()
    {
        OnNewThread(() =>
        {
            PerThread<Probe>.Give(new Probe());
            var outer = PerThread<Probe>.Take() ?? new Probe();
            var inner = PerThread<Probe>.Take() ?? new Probe();
            inner.ShouldNotBeSameAs(outer);
            PerThread<Probe>.Give(inner);
            PerThread<Probe>.Give(outer);
            PerThread<Probe>.Take().ShouldBeSameAs(outer);
            PerThread<Probe>.Take().ShouldBeSameAs(inner);
        });
    }

    [Fact]
    public void A_thread_keeps_a_few_and_leaves_the_rest()
    {
        OnNewThread(() =>
        {
            var given = Enumerable.Range(0, 6).Select(_ => new Probe()).ToArray();
            foreach (var probe in given)
            {
                PerThread<Probe>.Give(probe);
            }

            var taken = new List<Probe>();
            while (PerThread<Probe>.Take() is { } probe)
            {
                taken.Add(probe);
            }

            taken.ShouldBe(given.Take(4).Reverse());
        });
    }

    [Fact]
    public void Another_thread_does_not_take_this_threads_spares()
    {
        OnNewThread(() =>
        {
            PerThread<Probe>.Give(new Probe());
            OnNewThread(() => PerThread<Probe>.Take().ShouldBeNull());
            PerThread<Probe>.Take().ShouldNotBeNull();
        });
    }

    [Fact]
    public void A_list_is_given_back_emptied_and_taken_empty()
    {
        OnNewThread(() =>
        {
            var list = PerThreadList<int>.Take();
            list.ShouldBeEmpty();
            list.AddRange([1, 2, 3]);
            PerThreadList<int>.Give(list);
            list.ShouldBeEmpty();
            var again = PerThreadList<int>.Take();
            again.ShouldBeSameAs(list);
            PerThreadList<int>.Take().ShouldNotBeSameAs(again);
        });
    }

    [Fact]
    public void A_builder_is_given_back_emptied_and_taken_empty()
    {
        OnNewThread(() =>
        {
            var outer = PerThreadBuilder<string>.Take();
            outer.Add("section");
            var inner = PerThreadBuilder<string>.Take();
            inner.ShouldNotBeSameAs(outer);
            PerThreadBuilder<string>.Give(inner);
            PerThreadBuilder<string>.Give(outer);
            outer.Count.ShouldBe(0);
            PerThreadBuilder<string>.Take().ShouldBeSameAs(outer);
        });
    }

    [Fact]
    public void Corpus_letters_parse_the_same_on_a_fresh_thread_and_beside_each_other()
    {
        string[] names = [.. Infrastructure.Corpus.AllTexts.Take(40)];
        var alone = new Dictionary<string, string>();
        OnNewThread(() =>
        {
            foreach (string name in names)
            {
                alone[name] = ImrParsing.Json.ImrJson.Serialize(ImrDocument.Parse(Infrastructure.Corpus.Read(name)));
            }
        });

        var together = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        Parallel.ForEach(names.Concat(names.Reverse()), new ParallelOptions { MaxDegreeOfParallelism = 4 }, name =>
            together[name] = ImrParsing.Json.ImrJson.Serialize(ImrDocument.Parse(Infrastructure.Corpus.Read(name))));

        foreach (string name in names)
        {
            together[name].ShouldBe(alone[name], name);
        }
    }

    private static void OnNewThread(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("On the other thread: " + failure.Message, failure);
        }
    }

    private sealed class Probe;
}
