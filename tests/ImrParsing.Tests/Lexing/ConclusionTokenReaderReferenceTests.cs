using ImrParsing.Benchmarks;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Tests.Lexing;

/// <summary>
/// <see cref="ConclusionReader"/>, read from the tokens of the source, against the character
/// grammar it replaced (<see cref="PidginConclusionGrammar.Conclusions"/> and
/// <see cref="PidginConclusionGrammar.OtherConclusions"/> on the canonical form, kept as the reference):
/// the same statements, in the same order, with the same source offsets.
/// </summary>
public sealed class ConclusionTokenReaderReferenceTests
{
    // Constructed: the words the statements start and go on with, near misses, the marks that end a word.
    private static readonly string[] Pieces =
    [
        "not", "Not", "cannot", "is", "are", "was", "were", "be", "been", "has", "medically necessary", "medically", "necessary",
        "medical necessity", "Medical necessity", "medical", "necessity", "certified", "non", "non-", "noncertified", "non-certified",
        "Non Certified", "established", "shown", "met", "indicated", "appropriate", "recommended", "supported", "warranted",
        "the request", "of this request", "seen as", "by the provided records as being", "board", "(MTUS)", "patient's", "and/or",
        "doesn't", "follow-up", "-", ",", ".", ";", ":", "?", "!", "\"", "(", ")", "3.5", "5mg", "a", "to", "considered",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", "\n", "\u00A0", "  ", "\r\n", "-", "-\n"];

    [Theory]
    [InlineData("As such, the request is not medically necessary.")]
    [InlineData("Therefore, based on the submitted medical documentation, the request for diazempam prescription is not-medically necessary.")]
    [InlineData("Given lack of physical exam findings, lack of red flags and cited guidelines the MRI is not supported by the provided records as being medically necessary at this time.")]
    [InlineData("According to the clinical documentation provided and current guidelines; a MRI of the Elbow is not a medical necessity to the patient at this time.")]
    [InlineData("Likewise, the medical necessity of this request is not established.")]
    [InlineData("Medical necessity has not been established. The request for three months coverage of Viagra 50mg is determined to not be medically necessary.")]
    [InlineData("Given the information submitted for review the request is non-\ncertified.")]
    [InlineData("The reviewer is board certified in Family Practice. Based on the guidelines, the request is certified.")]
    [InlineData("Although the patient did not improve with therapy the request is medically necessary.")]
    [InlineData("This medical necessity decision should not be interpreted as a recommendation to stop the medication abruptly.")]
    [InlineData("The electrodiagnostic study would not be considered clinically indicated.")]
    [InlineData("Six visits would be appropriate for this flare. The indicated level was L4-5 and the patient was not seen again.")]
    public void Read_the_corpus_closing_sentences_as_the_grammar(string text)
    {
        using var canonical = CanonicalText.Of(text);
        foreach (int kind in new[] { ConclusionReader.Statement, ConclusionReader.Other })
        {
            ConclusionReader.All(text, kind).ShouldBe(Reference(canonical, kind), text);
        }
    }

    [Fact]
    public void Read_the_statements_as_the_grammar_on_constructed_text()
    {
        var random = new Random(20161204);
        int found = 0;
        for (int sample = 0; sample < 5000; sample++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => Pieces[random.Next(Pieces.Length)] + Spaces[random.Next(Spaces.Length)]));
            using var canonical = CanonicalText.Of(text);
            foreach (int kind in new[] { ConclusionReader.Statement, ConclusionReader.Other })
            {
                var expected = Reference(canonical, kind);
                ConclusionReader.All(text, kind).ShouldBe(expected, $"{kind}: {text}");
                found += expected.Count;
            }

            // The conclusion: the last statement, read from the last sentences that hold one; else the last other judgement.
            var statements = Reference(canonical, ConclusionReader.Statement);
            var others = Reference(canonical, ConclusionReader.Other);
            ConclusionReader.Find(text, 0, text.Length).ShouldBe(statements.Count > 0 ? statements[^1] : others.Count > 0 ? others[^1] : null, text);
        }

        found.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Read_a_rationale_range_with_source_offsets()
    {
        const string text = "Rationale: the request is not\nmedically   necessary. Next item";
        int start = text.IndexOf("the", StringComparison.Ordinal);
        int end = text.IndexOf("Next", StringComparison.Ordinal);

        ConclusionReader.Find(text, start, end).ShouldBe((RationaleConclusion.NotMedicallyNecessary, text.IndexOf("not", StringComparison.Ordinal), end - 2));
    }

    private static List<(RationaleConclusion Value, int Start, int End)> Reference(CanonicalText canonical, int kind)
    {
        var rule = kind == ConclusionReader.Statement ? PidginConclusionGrammar.Conclusions : PidginConclusionGrammar.OtherConclusions;
        var found = rule.Parse(canonical.Span, ScratchConfiguration.Chars);
        found.Success.ShouldBeTrue();
        return [.. found.Value.Select(statement =>
        {
            var source = canonical.SourceRange(statement.Range);
            return (statement.Value, source.Start, source.End);
        })];
    }
}
