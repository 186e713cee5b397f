using ImrParsing.Diagnostics;
using ImrParsing.Json;
using ImrParsing.Sections;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Reliability;

/// <summary>
/// A section reader that throws costs its section, not the letter (issue 17): the rest is read as
/// usual, the section's text is kept as unrecognized, and an IMR1008 error names the section, the
/// reader and the exception's type. The readers are made to fail through the public extension API.
/// A result of a type the document has no place for is not dropped either (IMR1010, issue 13).
/// </summary>
public sealed class FailingSectionTests
{
    private const string Notes = "REVIEWER NOTES\nThe reviewer noted the patient's history.\nA second line of the note.\n";

    // A real letter with a section of the extension's inserted before the decisions.
    private static readonly string Letter = WithNotes(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"));

    [Fact]
    public void A_section_whose_reader_throws_leaves_the_other_sections_as_a_reader_that_works_leaves_them()
    {
        var working = ImrDocument.Parse(Letter, WithNotesSection(new NotesSection(fails: false)));

        var failing = ImrDocument.Parse(Letter, WithNotesSection(new NotesSection(fails: true)));

        failing.Items.ShouldNotBeEmpty();
        failing.Reviewer.ShouldNotBeNull();
        failing.CaseSummary.ShouldNotBeNull();
        failing.Sections.Select(section => section.Name).ShouldContain("reviewerNotes");
        ImrJson.Serialize(failing with { Diagnostics = [], Unrecognized = [] })
            .ShouldBe(ImrJson.Serialize(working with { Diagnostics = [], Unrecognized = [] }), "everything but the failed section is read alike");
        working.Diagnostics.ShouldNotContain(d => d.Code == ImrDiagnostics.SectionReaderFailed.Code);
    }

    [Fact]
    public void The_failure_is_an_error_naming_the_section_the_reader_and_the_exception_type_and_nothing_of_the_letter()
    {
        var document = ImrDocument.Parse(Letter, WithNotesSection(new NotesSection(fails: true)));

        var failure = document.Diagnostics.Where(d => d.Code == ImrDiagnostics.SectionReaderFailed.Code).ShouldHaveSingleItem();
        failure.Severity.ShouldBe(DiagnosticSeverity.Error);
        failure.Message.ShouldBe("Reading the reviewerNotes section failed (NotesSection threw System.InvalidOperationException); its text was kept as unrecognized text. This is a bug in the reader: please report it.");
        failure.Message.ShouldNotContain("history", Case.Insensitive, "the exception's message quotes the letter; the diagnostic does not");
        Letter.Substring(failure.Span.Start, failure.Span.Length).ShouldBe(Notes.TrimEnd(), "the span is the section");
    }

    [Fact]
    public void What_the_reader_reported_before_it_threw_is_taken_back_and_its_whole_text_is_kept_as_unrecognized()
    {
        var working = ImrDocument.Parse(Letter, WithNotesSection(new NotesSection(fails: false)));

        var failing = ImrDocument.Parse(Letter, WithNotesSection(new NotesSection(fails: true)));

        // The reader kept its first line as unrecognized text before it threw: that half-done work is gone.
        var kept = failing.Unrecognized.Where(text => text.Section == "reviewerNotes").ShouldHaveSingleItem();
        kept.Text.Value.ShouldBe("The reviewer noted the patient's history. A second line of the note.");
        var added = failing.Diagnostics.ExceptBy(working.Diagnostics.Select(d => (d.Code, d.Span)), d => (d.Code, d.Span)).ToList();
        added.Select(d => d.Code).ShouldBe([ImrDiagnostics.SectionReaderFailed.Code, ImrDiagnostics.UnrecognizedText.Code]);
        failing.Diagnostics.Length.ShouldBe(working.Diagnostics.Length + 2);
    }

    [Fact]
    public void A_default_section_replaced_by_one_that_throws_loses_only_its_own_record()
    {
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        var builder = ImrParser.CreateBuilder();
        builder.Sections.Replace("finalDetermination.caseSummary", new ThrowingCaseSummary());

        var document = ImrDocument.Parse(letter, builder.Build());

        var expected = ImrDocument.Parse(letter);
        document.CaseSummary.ShouldBeNull();
        document.Unrecognized.ShouldContain(text => text.Section == "caseSummary");
        ImrJson.Serialize(document with { CaseSummary = null, Diagnostics = [], Unrecognized = [] })
            .ShouldBe(ImrJson.Serialize(expected with { CaseSummary = null, Diagnostics = [], Unrecognized = [] }));
        document.Diagnostics.ShouldContain(d => d.Code == ImrDiagnostics.SectionReaderFailed.Code && d.Message.Contains("caseSummary section", StringComparison.Ordinal));
    }

    [Fact]
    public void A_span_a_reader_computes_outside_the_letter_fails_its_section_instead_of_giving_a_wrong_span()
    {
        // The shape of issue 17's crash, through the public API: a reader's end before its start.
        var document = ImrDocument.Parse(Letter, WithNotesSection(new NotesSection(fails: false, spanEndBeforeStart: true)));

        document.Diagnostics.Where(d => d.Code == ImrDiagnostics.SectionReaderFailed.Code).ShouldHaveSingleItem()
            .Message.ShouldContain("NotesSection threw System.ArgumentOutOfRangeException");
        document.Items.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_invariants_the_fuzzer_and_the_property_tests_check_count_the_failure_as_a_bug()
    {
        var document = ImrDocument.Parse(Letter, WithNotesSection(new NotesSection(fails: true)));

        DocumentInvariants.CheckStructure(document, Letter);
        Should.Throw<InvariantViolationException>(() => DocumentInvariants.CheckDocument(document, Letter))
            .Message.ShouldContain("a section's reader failed");
        Should.Throw<InvariantViolationException>(() => DocumentInvariants.Check(WithNotesSection(new NotesSection(fails: true)), Letter));
    }

    [Fact]
    public void A_result_of_a_type_the_document_has_no_place_for_is_an_error_and_the_section_text_is_kept()
    {
        var document = ImrDocument.Parse(Letter, WithNotesSection(new ReturningSection("a note")));

        var error = document.Diagnostics.Where(d => d.Code == "IMR1010").ShouldHaveSingleItem();
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.Message.ShouldStartWith("The reviewerNotes section's reader (ReturningSection) returned a String");
        Letter.Substring(error.Span.Start, error.Span.Length).ShouldBe(Notes.TrimEnd(), "the span is the section");
        document.Unrecognized.Where(text => text.Section == "reviewerNotes").ShouldHaveSingleItem()
            .Text.Value.ShouldBe("The reviewer noted the patient's history. A second line of the note.");
    }

    [Fact]
    public void A_section_that_reads_nothing_draws_no_error()
    {
        var document = ImrDocument.Parse(Letter, WithNotesSection(new ReturningSection(null)));

        document.Diagnostics.ShouldNotContain(d => d.Code == "IMR1010");
        document.Unrecognized.ShouldNotContain(text => text.Section == "reviewerNotes");
    }

    private static string WithNotes(string letter)
    {
        int decisions = letter.IndexOf("IMR ISSUES, DECISIONS AND RATIONALES", StringComparison.Ordinal);
        decisions.ShouldBeGreaterThan(0);
        return letter.Insert(decisions, Notes);
    }

    private static ImrParser WithNotesSection(SectionParser notes)
    {
        var builder = ImrParser.CreateBuilder();
        builder.Sections.InsertBefore("finalDetermination.decisions", notes);
        return builder.Build();
    }

    // An extension's section that derives from SectionParser directly and returns a type of its own.
    private sealed class ReturningSection(object? result) : SectionParser("reviewerNotes", [LetterLayout.FinalDetermination], "REVIEWER NOTES")
    {
        public override bool IsRequired => false;

        public override object? Parse(SectionContext context) => result;
    }

    // An extension's section with a bug: it keeps its first line as unrecognized, then throws with
    // a message that quotes the letter.
    private sealed class NotesSection(bool fails, bool spanEndBeforeStart = false) : SectionParser("reviewerNotes", LetterLayout.FinalDetermination, "REVIEWER NOTES")
    {
        public override bool IsRequired => false;

        public override object? Parse(SectionContext context)
        {
            if (spanEndBeforeStart)
            {
                // A diagnostic about the second line, its span's ends swapped.
                var line = context.Lines[1];
                context.Report(ImrDiagnostics.UnrecognizedText, context.Span(line.ContentEnd, line.ContentStart), "notes", "?");
                return null;
            }

            if (!fails)
            {
                return null;
            }

            var first = context.Lines[0];
            context.Unrecognized(first.ContentStart, first.ContentEnd);
            throw new InvalidOperationException($"Cannot read \"{first.GetContent(context.Text)}\".");
        }
    }

    private sealed class ThrowingCaseSummary() : SectionParser("caseSummary", LetterLayout.FinalDetermination, "CLINICAL CASE SUMMARY")
    {
        public override object? Parse(SectionContext context) => throw new NotSupportedException("a bug");
    }
}
