using System.Text.RegularExpressions;
using ImrParsing.Diagnostics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Corpus;

/// <summary>
/// Contract fields of the 150 real letters, held against facts read from the letters themselves
/// (their file names, the lines around each decision), not against the snapshots.
/// </summary>
public sealed partial class RealLetterFieldTests
{
    [GeneratedRegex(@"^\f?\s*Claims Administrator guideline:", RegexOptions.Multiline)]
    private static partial Regex ClaimsAdministratorLabel();

    [GeneratedRegex(@"(Upheld|Overturned)\s*\n\s*\f?\s*Claims Administrator guideline:")]
    private static partial Regex DecisionBeforeGuideline();

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void The_header_is_complete_and_names_the_letters_case(string letter)
    {
        var header = ImrDocument.Parse(Infrastructure.Corpus.Read(letter)).Header.ShouldNotBeNull();

        header.CaseNumber!.Value.ShouldBe(Path.GetFileName(letter));
        header.Priority!.Value.ShouldBe("Standard");
        var assigned = header.DateAssigned!.Value.Value;
        var decided = header.DecisionDate!.Value.Value;
        var injured = header.DateOfInjury!.Value.Value;
        var denied = header.UrDenialDate!.Value.Value;
        var received = header.ApplicationReceived!.Value.Value;
        decided.ShouldBeInRange(new DateOnly(2016, 12, 1), new DateOnly(2017, 3, 31));
        assigned.ShouldBeLessThanOrEqualTo(decided);
        injured.ShouldBeLessThanOrEqualTo(denied);
        denied.ShouldBeLessThanOrEqualTo(received);
        received.ShouldBeLessThanOrEqualTo(assigned);
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_item_has_its_request_decision_and_three_parts(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);
        var document = ImrDocument.Parse(text);

        document.Layout.ShouldBe(LetterLayout.FinalDetermination);
        document.Items.Length.ShouldBe(ClaimsAdministratorLabel().Count(text));
        var decisions = DecisionBeforeGuideline().Matches(text).Select(match => match.Groups[1].Value).ToArray();
        document.Items.Select(item => item.Decision!.Value.Text).ShouldBe(decisions);
        foreach (var item in document.Items)
        {
            item.Request!.Value.ShouldNotBeNullOrWhiteSpace();
            item.Request.Value.ShouldNotContain("Upheld");
            item.Request.Value.ShouldNotContain("Decision rationale");
            item.Request.Value.ShouldNotEndWith(":");
            item.Request.Value.ShouldNotEndWith(" is");
            item.ClaimsAdministratorGuideline!.Text.ShouldNotBeNull();
            item.MaximusGuideline!.Text.ShouldNotBeNull();
            item.Rationale!.Text!.Value.Length.ShouldBeGreaterThan(40);
            (item.OriginalRequest is null).ShouldBe(item.Authorized is null);
        }
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void The_credentials_run_into_one_line_give_the_same_states_and_specialties(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);
        var reviewer = ImrDocument.Parse(text).Reviewer!;
        int label = text.IndexOf("\nCertification(s)/Specialty:", StringComparison.Ordinal);
        string runOn = text[..label].TrimEnd(' ') + " " + text[(label + 1)..];

        var joined = ImrDocument.Parse(runOn).Reviewer!;

        label.ShouldBeGreaterThan(0);
        joined.LicensureStates.Select(state => state.Value).ShouldBe(reviewer.LicensureStates.Select(state => state.Value));
        joined.Specialties.Select(specialty => specialty.Value).ShouldBe(reviewer.Specialties.Select(specialty => specialty.Value));
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void The_reviewer_and_patient_are_read(string letter)
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));

        document.Reviewer!.LicensureStates.ShouldNotBeEmpty();
        document.Reviewer.Specialties.ShouldNotBeEmpty();
        document.Reviewer.LicensureStates.ShouldAllBe(state => Regex.IsMatch(state.Value, @"^[A-Z][a-z]+( [A-Z][a-z]+)*$"));
        document.CaseSummary!.Patient.Sex.ShouldNotBeNull();
        document.CaseSummary.Text!.Value.ShouldNotStartWith("The expert reviewer developed");
        // IMR4002 (the narrative's date of injury is not the header's) fires on real letters that
        // disagree; CaseSummarySemanticsTests holds it against the letters' own dates.
        document.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info && d.Code != ImrDiagnostics.DateOfInjuryMismatch.Code).ShouldBeEmpty();
        document.Unrecognized.ShouldBeEmpty();
    }

    [Fact]
    public void Partial_authorizations_are_found_in_every_letter_that_states_one()
    {
        int stated = 0;
        int found = 0;
        foreach (string letter in Infrastructure.Corpus.RealLetters)
        {
            string text = Infrastructure.Corpus.Read(letter);
            stated += Regex.Count(text, @"The\s+(remaining\s+IMR\s+eligible\s+portion\s+of\s+the\s+)?original\s+request,((?!\.\s)[^:])*:\s*(Upheld|Overturned)");
            found += ImrDocument.Parse(text).Items.Count(item => item.OriginalRequest is not null);
        }

        stated.ShouldBe(35);
        found.ShouldBe(stated);
    }
}
