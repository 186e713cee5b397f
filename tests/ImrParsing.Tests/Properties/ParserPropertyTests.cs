using System.Collections.Concurrent;
using ImrParsing.Json;
using ImrParsing.Tests.Reliability;

namespace ImrParsing.Tests.Properties;

/// <summary>
/// The parser's promises on inputs nobody wrote on purpose: corpus letters damaged at random and
/// random text. <see cref="DocumentInvariants.Check"/> holds that Parse gives a document or throws
/// <see cref="ImrParseException"/> and nothing else, that TryParse agrees without throwing, that
/// every span lies in the input and covers its value's text, that the sections tile the input, and
/// that the same input gives the same JSON, which reads back to itself. Fixed seeds: CI checks the
/// same inputs every run.
/// </summary>
public sealed class ParserPropertyTests
{
    private const ulong Seed = 20161209;

    [Fact]
    public void Damaged_letters_give_a_document_or_an_ImrParseException_and_keep_every_invariant()
    {
        int documents = 0;
        FixedSeed.Check(LetterGen.MutatedLetter, 400, Seed, text =>
        {
            if (DocumentInvariants.Check(ImrParser.Default, text) is not null)
            {
                documents++;
            }
        });

        // Most damage leaves a letter readable: the property is not being met by refusing everything.
        documents.ShouldBeGreaterThan(320);
    }

    [Fact]
    public void Random_text_gives_a_document_or_an_ImrParseException_and_keeps_every_invariant()
    {
        FixedSeed.Check(LetterGen.RandomText, 1000, Seed, text => DocumentInvariants.Check(ImrParser.Default, text));
    }

    [Fact]
    public void The_mutations_do_what_they_say()
    {
        // Constructed: a three-line text, so that each mutation's effect is known exactly.
        const string text = "CLINICAL CASE SUMMARY\nThe patient is a 48 year old male.\nDecision rationale: none\n";

        LetterGen.Apply(text, [new Mutation(MutationKind.DeleteLine, 0.5, 0, "")]).ShouldBe("CLINICAL CASE SUMMARY\nDecision rationale: none\n");
        LetterGen.Apply(text, [new Mutation(MutationKind.DuplicateLine, 0, 0, "")]).ShouldStartWith("CLINICAL CASE SUMMARY\nCLINICAL CASE SUMMARY\n");
        LetterGen.Apply(text, [new Mutation(MutationKind.SwapLines, 0, 0.9, "")]).ShouldStartWith("Decision rationale: none\nThe patient");
        LetterGen.Apply(text, [new Mutation(MutationKind.Truncate, 0.1, 0, "")]).Length.ShouldBe((int)(0.1 * (text.Length + 1)));
        LetterGen.Apply(text, [new Mutation(MutationKind.InsertUnicode, 0, 0, "\uD800")]).ShouldStartWith("\uD800CLINICAL");
        LetterGen.Apply(text, [new Mutation(MutationKind.ChangeWhiteSpace, 0.5, 5.0 / 7, "")]).ShouldContain("male.\rDecision");
        LetterGen.Apply(text, [new Mutation(MutationKind.MisspellHeading, 0, 0.5, "")]).ShouldNotStartWith("CLINICAL CASE SUMMARY\n");
        LetterGen.Apply(text, [new Mutation(MutationKind.MisspellHeading, 0.5, 0, "")]).Split('\n')[1].ShouldBe("The patient is a 48 year old male.");
        LetterGen.Apply(text, [new Mutation(MutationKind.BreakInsideHeading, 0, 0, "")]).ShouldStartWith("C\rLINICAL CASE SUMMARY\nThe patient");
        LetterGen.Apply(text, [new Mutation(MutationKind.BreakInsideHeading, 0.9, 0.5, "")]).ShouldEndWith("male.\nDecision rat\fionale: none\n");
    }

    [Fact]
    public void One_shared_parser_on_every_core_gives_the_results_of_parsing_one_at_a_time()
    {
        var inputs = FixedSeed.Values(LetterGen.MutatedLetter, 200, Seed + 1).Select(value => value.Value)
            .Concat(LetterGen.CorpusTexts.Take(40))
            .ToArray();
        var sequential = inputs.Select(Result).ToArray();

        var parallel = new ConcurrentDictionary<int, string>();
        Parallel.For(0, inputs.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 },
            i => parallel[i] = Result(inputs[i % inputs.Length]));

        for (int i = 0; i < inputs.Length * 2; i++)
        {
            parallel[i].ShouldBe(sequential[i % inputs.Length], $"input {i % inputs.Length}");
        }
    }

    [Fact]
    public void A_parser_made_with_other_options_reads_letters_as_the_default_one_does()
    {
        var parser = ImrParser.Default.WithOptions(new ImrParserOptions { MaxInputLength = 1_000_000 });

        foreach (var (text, _) in FixedSeed.Values(LetterGen.MutatedLetter, 50, Seed + 2))
        {
            Result(parser, text).ShouldBe(Result(ImrParser.Default, text));
        }
    }

    private static string Result(string text) => Result(ImrParser.Default, text);

    private static string Result(ImrParser parser, string text) =>
        parser.TryParse(text, out var document, out var error) ? ImrJson.Serialize(document) : error.Message;
}
