using ImrParsing.Tests.Infrastructure;
using ImrParsing.Text;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// Every corpus text (the seeds and both extractions of the real letters) made over as other
/// extractors and systems hand letters over (<see cref="TextVariants"/>: Windows line ends, the
/// seeds' double spacing, no-break spaces, a byte-order mark, form feeds dropped or added in the
/// middle of items, lines re-wrapped) gives the values of the original, and keeps full fidelity:
/// the sections' full spans tile the variant, and every value is the text its span covers.
/// </summary>
public sealed class TransformationTests
{
    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_variant_gives_the_same_values_with_full_fidelity(string letter) =>
        VariantProblems(Infrastructure.Corpus.Read(letter)).ShouldBeNone();

    [Theory]
    [MemberData(nameof(ConstructedLetters.Data), MemberType = typeof(ConstructedLetters))]
    public void Every_variant_of_a_constructed_older_letter_gives_the_same_values(string letter) =>
        VariantProblems(ConstructedLetters.Read(letter)).ShouldBeNone();

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void A_case_number_whose_hyphen_is_set_apart_gives_the_same_values_with_full_fidelity(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);

        TextVariants.CaseNumberRunsSpaced.Apply(text).ShouldNotBe(text);
        VariantProblems(text, [TextVariants.CaseNumberRunsSpaced]).ShouldBeNone();
    }

    /// <summary>What differs, or breaks fidelity, when each of <see cref="TextVariants.All"/> is applied to <paramref name="letterText"/>.</summary>
    public static List<string> VariantProblems(string letterText) => VariantProblems(letterText, TextVariants.All);

    /// <summary>What differs, or breaks fidelity, when each of <paramref name="variants"/> is applied to <paramref name="letterText"/>.</summary>
    public static List<string> VariantProblems(string letterText, IEnumerable<TextVariant> variants)
    {
        var parsed = ImrDocument.Parse(letterText);
        var original = DocumentComparison.Flatten(parsed);
        var failures = new List<string>();

        foreach (var variant in variants)
        {
            string text = variant.Apply(letterText, parsed);
            var document = ImrDocument.Parse(text);
            var leaves = DocumentWalker.Leaves(document);

            var comparison = DocumentComparison.Compare(original, DocumentComparison.Flatten(leaves));
            failures.AddRange(comparison.Differences.Select(difference => $"{variant}: {difference}"));
            failures.AddRange(FidelityProblems(text, document, leaves).Select(problem => $"{variant}: {problem}"));
        }

        return failures;
    }

    /// <summary>
    /// The sections' full spans must tile the text, each value must be the text of its span, and its
    /// canonical value the canonical form of that span as the rules read it (<see cref="ReadableText"/>).
    /// </summary>
    public static IEnumerable<string> FidelityProblems(string text, ImrDocument document, IEnumerable<FoundValue> leaves)
    {
        var asRead = InputAsRead.Of(text, ReadableText.Of(text, out var moved), moved);
        int expected = 0;
        foreach (var section in document.Sections)
        {
            if (section.FullSpan.Start != expected || section.FullSpan.Length == 0)
            {
                yield return $"section {section.Name} has full span {section.FullSpan}, expected it to start at {expected}";
            }

            expected = section.FullSpan.End;
        }

        if (expected != text.Length)
        {
            yield return $"the sections' full spans end at {expected}, the text at {text.Length}";
        }

        foreach (var value in leaves.Where(leaf => !leaf.IsScalar))
        {
            if (value.Span.Start < 0 || value.Span.End > text.Length)
            {
                yield return $"{value.Path} has span {value.Span} outside the text";
            }
            else if (value.Text is not null && text.Substring(value.Span.Start, value.Span.Length) != value.Text)
            {
                yield return $"{value.Path}: its text is not the text its span covers";
            }
            else if (value.IsText && value.Value is string canonical && canonical != TextNormalizer.Normalize(asRead is null ? text.AsSpan(value.Span.Start, value.Span.Length) : asRead.ReadableAt(value.Span)))
            {
                yield return $"{value.Path}: its value is not the canonical form of its text as the rules read it";
            }
        }
    }
}
