using ImrParsing.Diagnostics;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// Header tables in other arrangements than pdftotext's, written for the tests on a real letter
/// (CM16-0213037, whose header is replaced): where position leaves a date without a label, the
/// order a case's dates follow pairs it; where that order allows more than one pairing, the label
/// is left without a value and IMR2004 says so.
/// </summary>
public sealed class HeaderArrangementTests
{
    private static ImrDocument WithHeader(string header)
    {
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        int body = letter.IndexOf("HOW THE IMR FINAL DETERMINATION WAS MADE", StringComparison.Ordinal);
        return ImrDocument.Parse(header + letter[body..]);
    }

    [Fact]
    public void A_column_with_a_date_before_its_labels_and_one_beside_another_label_is_paired_by_date_order()
    {
        // pdfminer's second column: a value, two labels, a value beside the second label, a value, the split label.
        var document = WithHeader(
            "Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM16-0213037\n11/09/2016\n12/09/2016\nStandard\n\n" +
            "10/13/2016\nDate of Injury:\nUR Denial Date:   11/02/2016\n11/04/2016\nApplication\nReceived:\n\n");

        var header = document.Header.ShouldNotBeNull();
        header.DateOfInjury.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2016, 10, 13));
        header.UrDenialDate.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2016, 11, 2));
        header.ApplicationReceived.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2016, 11, 4));
        header.DateAssigned.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2016, 11, 9));
        document.Diagnostics.ShouldNotContain(diagnostic => diagnostic.Code.StartsWith("IMR20", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_on_header_line_pairs_each_label_with_the_value_after_it()
    {
        var document = WithHeader(
            " Case Number: CM16-0213037  Date Assigned: 11/09/2016 Date of Injury:  10/13/2016 Decision Date: 12/09/2016 " +
            "UR Denial Date:  11/03/2016 Priority:  Standard Application Received:  11/03/2016  \n");

        var header = document.Header.ShouldNotBeNull();
        header.CaseNumber!.Value.ShouldBe("CM16-0213037");
        header.DateOfInjury.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2016, 10, 13));
        header.DecisionDate.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2016, 12, 9));
        header.Priority!.Value.ShouldBe("Standard");
        header.ApplicationReceived.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2016, 11, 3));
    }

    [Fact]
    public void Dates_that_fit_the_labels_in_more_than_one_way_leave_them_without_values()
    {
        // Three dates before two labels: 11/01 and 11/02 could each be the denial, 11/02 and 11/03 each the application.
        var document = WithHeader(
            "Case Number: CM16-0213037\nDate Assigned: 11/09/2016\nDecision Date: 12/09/2016\nPriority: Standard\nDate of Injury: 10/13/2016\n" +
            "11/01/2016\n11/02/2016\n11/03/2016\nUR Denial Date:\nApplication Received:\n\n");

        var header = document.Header.ShouldNotBeNull();
        header.UrDenialDate.ShouldBeNull();
        header.ApplicationReceived.ShouldBeNull();
        header.DateOfInjury.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2016, 10, 13));
        document.Diagnostics.Count(diagnostic => diagnostic.Code == ImrDiagnostics.AmbiguousHeaderValue.Code).ShouldBe(2);
        document.Diagnostics.Count(diagnostic => diagnostic.Code == ImrDiagnostics.UnpairedHeaderValue.Code).ShouldBe(3);
    }

    [Fact]
    public void A_date_that_fits_no_label_by_date_order_is_kept_out_as_before()
    {
        // A date of injury after the decision fits no order; the values beside their labels stay.
        var document = WithHeader(
            "Case Number: CM16-0213037\nDate Assigned: 11/09/2016\nDecision Date: 12/09/2016\nPriority: Standard\n" +
            "12/30/2016\nDate of Injury:\n\n");

        var header = document.Header.ShouldNotBeNull();
        header.DateOfInjury.ShouldBeNull();
        header.DateAssigned.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2016, 11, 9));
        document.Diagnostics.ShouldContain(diagnostic => diagnostic.Code == ImrDiagnostics.UnpairedHeaderValue.Code);
        document.Diagnostics.ShouldContain(diagnostic => diagnostic.Code == ImrDiagnostics.MissingHeaderValue.Code);
    }
}
