using ImrParsing.Tests.Reliability;

namespace ImrParsing.Tests.Properties;

/// <summary>
/// Inputs built to find deep recursion and superlinear work: each gives a
/// document or an <see cref="ImrParseException"/> with every invariant kept, and no stack overflow
/// (which would end the test run). Their cost per character is measured against a normal letter's
/// in benchmarks/ImrParsing.Benchmarks/PathologicalInputBenchmarks.cs, not timed here.
/// </summary>
public sealed class PathologicalInputTests
{
    public static TheoryData<string> Names => [.. PathologicalInputs.All.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_pathological_input_keeps_every_invariant(string name)
    {
        // 5,000 repetitions: the full check (two parses, the JSON three times) of 15,000 diagnostics stays quick.
        string text = PathologicalInputs.All[name](5_000);

        DocumentInvariants.Check(ImrParser.Default, text);
    }

    // 100,000 repetitions: recursion per line, item or bracket would overflow the stack and end the run.
    // The timeout is not a speed target (each input takes well under a few seconds even on a loaded
    // machine): it is there so that a quadratic rule, like the header pairing that took minutes on
    // 16,000 lines, fails the test instead of hanging the whole run.
    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Names))]
    public async Task A_pathological_input_of_a_megabyte_gives_a_document_or_an_ImrParseException(string name)
    {
        string text = PathologicalInputs.All[name](100_000);

        int? length = await Task.Run(() => ImrParser.Default.TryParse(text, out var document, out var error) ? document.Source?.Length : error.Offset);

        length.ShouldNotBeNull();
        length.Value.ShouldBeInRange(0, text.Length);
    }

    [Fact]
    public void Every_one_of_ten_thousand_items_is_read()
    {
        string text = PathologicalInputs.All["n/10 items"](100_000);

        var document = ImrDocument.Parse(text);

        document.Items.Length.ShouldBe(10_000);
        document.Items[^1].Number.ShouldBe(10_000);
        document.Items[^1].Request?.Value.ShouldBe("MRI of the right shoulder without contrast");
    }
}
