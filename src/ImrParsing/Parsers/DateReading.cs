namespace ImrParsing.Parsers;

/// <summary>How a date in prose was written.</summary>
internal enum DateForm
{
    /// <summary>Month, day and year with slashes or hyphens: "10/13/2016", "10-13-16", "10/14/ 2016".</summary>
    Numeric,

    /// <summary>
    /// A numeric date whose line-end hyphen an extractor joined: "10-302016" for "10-30-" and
    /// "2016", "1020-16" for "10-" and "20-16".
    /// </summary>
    Glued,

    /// <summary>The month by name: "March 18, 2013", "Dec. 9, 2016".</summary>
    Named,
}

/// <summary>A date read from prose, with how it was written.</summary>
/// <param name="Date">The date.</param>
/// <param name="Form">How it was written.</param>
internal readonly record struct DateReading(DateOnly Date, DateForm Form);
