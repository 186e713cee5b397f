using ImrParsing.Annotation;
using ImrParsing.Samples;
using ImrParsing.Semantics;
using ImrParsing.Tests.Infrastructure;
using ImrParsing.Text;

namespace ImrParsing.Tests.Annotation;

/// <summary>Redacted letters hold none of the redacted values, anywhere, and nothing else changes.</summary>
public sealed class RedactorTests
{
    // The value's words, as whole words, ignoring case and spacing: how a reader would find it again.
    private static bool Contains(string text, string value)
    {
        string words = string.Join(' ', value.Split((char[])[' ', '\t', '\n', '\r', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        for (int offset = 0; offset < text.Length;)
        {
            int at = Phrase.IndexOf(text.AsSpan(offset), words, out int length);
            if (at < 0)
            {
                return false;
            }

            int start = offset + at;
            int end = start + length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1]) || !char.IsLetterOrDigit(words[0]))
                && (end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(words[^1])))
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }

    private static void NoRedactedValueSurvives(string text, ImrDocument document, RedactedText redacted, RedactionOptions options)
    {
        foreach (var field in DocumentFields.Of(document).Where(field => options.Kinds.Contains(field.Kind)))
        {
            string source = text.Substring(field.Span.Start, field.Span.Length);
            Contains(redacted.Text, source).ShouldBeFalse($"{field.Path} (\"{Excerpt.Of(source)}\") survives the redaction");
        }

        if (options.Kinds.Contains(FieldKind.Date))
        {
            NarrativeDates.Find(redacted.Text).ShouldBeEmpty("no date is left");
        }
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void No_redacted_value_survives_anywhere_in_the_output(string name)
    {
        string text = Infrastructure.Corpus.Read(name);
        var document = ImrDocument.Parse(text);

        var redacted = ImrRedactor.Redact(document);

        NoRedactedValueSurvives(text, document, redacted, RedactionOptions.Default);
        redacted.Redactions.ShouldNotBeEmpty();
        foreach (var redaction in redacted.Redactions)
        {
            redacted.Text.Substring(redaction.Start, redaction.Length).ShouldBe(ImrRedactor.Placeholder(redaction.Kind));
        }
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void The_same_length_style_keeps_every_offset_and_line(string name)
    {
        string text = Infrastructure.Corpus.Read(name);
        var document = ImrDocument.Parse(text);
        var options = new RedactionOptions { Style = RedactionStyle.SameLength, Kinds = new HashSet<FieldKind>(Enum.GetValues<FieldKind>()) };

        var redacted = ImrRedactor.Redact(document, options);

        redacted.Text.Length.ShouldBe(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (redacted.Text[i] != text[i])
            {
                redacted.Text[i].ShouldBe('X');
                CharSets.IsSpace(text[i]).ShouldBeFalse();
            }
        }

        NoRedactedValueSurvives(text, document, redacted, options);
    }

    [Fact]
    public void Only_the_chosen_kinds_change_and_every_occurrence_of_a_value_goes()
    {
        string text = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        var options = new RedactionOptions { Kinds = new HashSet<FieldKind> { FieldKind.CaseNumber, FieldKind.Age } };

        var redacted = ImrRedactor.Redact(ImrDocument.Parse(text), options);

        // Constructed expectation: the letter with its case number and the patient's age written as placeholders.
        redacted.Text.ShouldBe(text.Replace("CM16-0213037", "[CASE NUMBER]", StringComparison.Ordinal).Replace("is a 48 year old", "is a [AGE] year old", StringComparison.Ordinal));
        redacted.Redactions.Select(redaction => redaction.Kind).ShouldBe([FieldKind.CaseNumber, FieldKind.Age]);
    }

    [Fact]
    public void A_value_repeated_outside_its_field_is_replaced_there_too()
    {
        // Constructed: the case number repeated in a footer line the parser keeps with the rationale.
        string text = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037") + "Page 3 of 3 - cm16-0213037\n";
        var options = new RedactionOptions { Kinds = new HashSet<FieldKind> { FieldKind.CaseNumber } };

        ImrRedactor.Redact(ImrDocument.Parse(text), options).Text.ShouldEndWith("Page 3 of 3 - [CASE NUMBER]\n");
        ImrRedactor.Redact(ImrDocument.Parse(text), options with { EveryOccurrence = false }).Text.ShouldEndWith("Page 3 of 3 - cm16-0213037\n");
    }

    [Fact]
    public void Every_date_goes_even_outside_the_models_fields()
    {
        var document = ImrDocument.Parse(ConstructedLetters.Read(ConstructedLetters.FinalDeterminationWithDocuments));
        var options = new RedactionOptions { Kinds = new HashSet<FieldKind> { FieldKind.Date } };

        var redacted = ImrRedactor.Redact(document, options);

        // The list of documents is no field of the default parser, but its dates are dates.
        redacted.Text.ShouldContain("1. Application for Independent Medical Review dated [DATE]");
        redacted.Text.ShouldContain("4. Progress reports of the primary treating physician, [DATE] to [DATE]");
        ImrRedactor.Redact(document, options with { EveryDate = false }).Text.ShouldContain("dated 4/2/2014");
    }

    [Fact]
    public void An_extensions_dates_are_redacted_with_the_rest()
    {
        var document = ImrDocument.Parse(ConstructedLetters.Read(ConstructedLetters.FinalDeterminationWithDocuments), SampleParser.Instance);

        var redacted = ImrRedactor.Redact(document);

        redacted.Text.ShouldContain("2. Utilization Review Determination dated [DATE]");
        redacted.Text.ShouldNotContain("2014");
    }
}
