using System.Globalization;
using System.Text.RegularExpressions;
using ImrParsing.Diagnostics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Corpus;

/// <summary>
/// The case summary's dates, date of injury, patient term and diagnoses over the real letters:
/// the same from both extractions, and held against facts read from the letters with plain
/// regular expressions written apart from the grammar.
/// </summary>
public sealed partial class CaseSummarySemanticsTests
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    // "injury on 10-13-16", "injury date of 10-16-2016", "claim from 10/14/ 2016", "injury of March 18, 2013".
    [GeneratedRegex(@"\b(?:injury|injured|claim)(?: date)?(?: on| of| from)? (?:(\d{1,2})[/-](\d{1,2})[/-] ?(\d{2}|\d{4})\b|([A-Z][a-z]+) (\d{1,2}), (\d{4}))")]
    private static partial Regex InjuryStatement();

    [GeneratedRegex(@"Date of Injury:\s+(\d{1,2})/(\d{1,2})/(\d{4})")]
    private static partial Regex HeaderDateOfInjury();

    [GeneratedRegex(@"\b(diagnos(is|es|ed)|undergoing treatments? for|treated for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosisStatement();

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Both_extractions_give_the_same_values(string letter)
    {
        var reading = ImrDocument.Parse(Infrastructure.Corpus.Read(letter)).CaseSummary.ShouldNotBeNull();
        var layout = ImrDocument.Parse(Infrastructure.Corpus.Read(letter + ".layout")).CaseSummary.ShouldNotBeNull();

        (layout.DateOfInjury?.Value).ShouldBe(reading.DateOfInjury?.Value);
        layout.Dates.Select(date => date.Value).ShouldBe(reading.Dates.Select(date => date.Value));
        (layout.Patient.Term?.Value).ShouldBe(reading.Patient.Term?.Value);
        layout.Patient.Diagnoses.Select(diagnosis => diagnosis.Value).ShouldBe(reading.Patient.Diagnoses.Select(diagnosis => diagnosis.Value));
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void The_date_of_injury_is_the_one_the_narrative_states(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);
        var summary = ImrDocument.Parse(text).CaseSummary.ShouldNotBeNull();

        var stated = NarrativeDateOfInjury(text).ShouldNotBeNull();

        summary.DateOfInjury.ShouldNotBeNull().Value.ShouldBe(stated);
        summary.Dates.ShouldContain(summary.DateOfInjury.Value);
        summary.Dates.Select(date => date.Span.Start).ShouldBeInOrder();
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.LetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void The_mismatch_warning_fires_exactly_where_the_two_dates_differ(string letter)
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));
        var header = document.Header?.DateOfInjury;
        var narrative = document.CaseSummary?.DateOfInjury;

        var warnings = document.Diagnostics.Where(d => d.Code == ImrDiagnostics.DateOfInjuryMismatch.Code).ToList();

        bool differ = header is { } h && narrative is { } n && h.Value != n.Value;
        warnings.Count.ShouldBe(differ ? 1 : 0);
        if (differ)
        {
            warnings[0].Severity.ShouldBe(DiagnosticSeverity.Warning);
            warnings[0].Span.ShouldBe(narrative!.Value.Span);
            warnings[0].Message.ShouldContain(Iso(narrative.Value.Value));
            warnings[0].Message.ShouldContain(Iso(header!.Value.Value));
        }
    }

    [Fact]
    public void The_letters_with_a_mismatch_are_those_whose_texts_disagree()
    {
        var disagree = new List<string>();
        var warned = new List<string>();
        foreach (string letter in Infrastructure.Corpus.RealLetters)
        {
            string text = Infrastructure.Corpus.Read(letter);
            var header = HeaderDateOfInjury().Match(Infrastructure.Corpus.Read(letter + ".layout"));
            var headerDate = new DateOnly(int.Parse(header.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture));
            if (NarrativeDateOfInjury(text) is { } stated && stated != headerDate)
            {
                disagree.Add(letter);
            }

            if (ImrDocument.Parse(text).Diagnostics.Any(d => d.Code == ImrDiagnostics.DateOfInjuryMismatch.Code))
            {
                warned.Add(letter);
            }
        }

        disagree.ShouldNotBeEmpty();
        warned.ShouldBe(disagree);
    }

    [Fact]
    public void A_narrative_a_year_off_the_header_is_warned_about()
    {
        string text = Infrastructure.Corpus.Read("dwc-2016/CM16-0219557");
        var document = ImrDocument.Parse(text);

        document.Header!.DateOfInjury!.Value.Value.ShouldBe(new DateOnly(2016, 10, 10));
        document.CaseSummary!.DateOfInjury!.Value.Text.ShouldBe("October 10, 2015");
        var warning = document.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe("IMR4002");
        warning.Message.ShouldBe("The case summary gives the date of injury as 2015-10-10; the header table gives 2016-10-10.");
        text.Substring(warning.Span.Start, warning.Span.Length).ShouldBe("October 10, 2015");
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void The_patient_has_a_term_and_the_diagnoses_the_narrative_lists(string letter)
    {
        var summary = ImrDocument.Parse(Infrastructure.Corpus.Read(letter)).CaseSummary.ShouldNotBeNull();
        string narrative = summary.Text!.Value;

        var term = summary.Patient.Term.ShouldNotBeNull();
        narrative.ShouldContain(Regex.Replace(term.Text, @"\s+", " "), Case.Insensitive);
        summary.Patient.Diagnoses.IsEmpty.ShouldBe(!DiagnosisStatement().IsMatch(narrative));
        foreach (var diagnosis in summary.Patient.Diagnoses)
        {
            narrative.ShouldContain(diagnosis.Value);
            diagnosis.Value.ShouldNotContain(". ");
            diagnosis.Value.ShouldNotStartWith("and ");
            diagnosis.Value.ShouldNotEndWith(",");
        }
    }

    private static DateOnly? NarrativeDateOfInjury(string text)
    {
        int start = text.IndexOf("CLINICAL CASE SUMMARY", StringComparison.Ordinal);
        string narrative = Regex.Replace(text[start..], @"\s+", " ");
        var match = InjuryStatement().Match(narrative);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups[1].Success)
        {
            int year = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            year += match.Groups[3].Length == 2 ? (year < 50 ? 2000 : 1900) : 0;
            return new DateOnly(year, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        }

        return new DateOnly(
            int.Parse(match.Groups[6].Value, CultureInfo.InvariantCulture),
            Array.IndexOf(Months, match.Groups[4].Value) + 1,
            int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
