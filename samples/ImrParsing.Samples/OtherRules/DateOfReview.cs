using ImrParsing.Parsers;

namespace ImrParsing.Samples.OtherRules;

/// <summary>A header field the model has no property for.</summary>
public static class DateOfReview
{
    // <docs:header-field>
    /// <summary>
    /// "Date of Review: 12/08/2016" in the header table: the value lands in the document's
    /// extensions as "dateOfReview", a date with its span.
    /// </summary>
    /// <returns>The builder, to chain calls.</returns>
    public static ImrParserBuilder AddDateOfReview(this ImrParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HeaderLabels.Add(new HeaderLabel("dateOfReview", "Date of Review:", HeaderValueKind.Date));
        return builder;
    }
    // </docs:header-field>
}
