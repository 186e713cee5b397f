namespace ImrParsing.Diagnostics;

/// <summary>
/// Every diagnostic the parser reports. Codes are stable: IMR1xxx the letter's structure,
/// IMR2xxx the header table, IMR3xxx the reviewer, IMR4xxx the case summary, IMR5xxx the
/// disputed items. docs/diagnostics.md describes each with an example.
/// </summary>
public static class ImrDiagnostics
{
    /// <summary>Text that fits nowhere in the grammar; it is kept as an unrecognized node.</summary>
    internal static DiagnosticDescriptor UnrecognizedText { get; } = new(
        "IMR1001", "Unrecognized text", DiagnosticSeverity.Warning,
        "Text in the {0} could not be interpreted and was kept as an unrecognized node: {1}");

    /// <summary>A section of the letter is missing.</summary>
    internal static DiagnosticDescriptor MissingSection { get; } = new(
        "IMR1002", "Missing section", DiagnosticSeverity.Warning,
        "Expected the {0} heading; the letter has no {1} section.");

    /// <summary>A section comes before one that should precede it.</summary>
    internal static DiagnosticDescriptor SectionOutOfOrder { get; } = new(
        "IMR1003", "Section out of order", DiagnosticSeverity.Warning,
        "The {0} section comes after the {1} section; it was read all the same.");

    /// <summary>A section's heading appears twice.</summary>
    internal static DiagnosticDescriptor RepeatedSection { get; } = new(
        "IMR1004", "Repeated section", DiagnosticSeverity.Warning,
        "The {0} heading appears again; {1}");

    /// <summary>The letter stops in the middle of a sentence.</summary>
    internal static DiagnosticDescriptor Truncated { get; } = new(
        "IMR1005", "Truncated letter", DiagnosticSeverity.Info,
        "The letter ends in the middle of a sentence ({0}); it may be truncated.");

    /// <summary>A heading of another layout than the one most of the letter's headings belong to.</summary>
    internal static DiagnosticDescriptor SectionOfAnotherLayout { get; } = new(
        "IMR1006", "Section of another layout", DiagnosticSeverity.Warning,
        "The {0} heading belongs to the {1} layout, not to this letter's {2} layout; its section was read all the same.");

    /// <summary>A section comes before sections it should follow.</summary>
    internal static DiagnosticDescriptor SectionBeforeItsPlace { get; } = new(
        "IMR1007", "Section before its place", DiagnosticSeverity.Warning,
        "The {0} section comes before the {1} section, which it should follow; it was read all the same.");

    /// <summary>A section's reader threw: a bug in the parser or an extension; the section's text is kept as unrecognized.</summary>
    public static DiagnosticDescriptor SectionReaderFailed { get; } = new(
        "IMR1008", "Section reader failed", DiagnosticSeverity.Error,
        "Reading the {0} failed ({1} threw {2}); its text was kept as unrecognized text. This is a bug in the reader: please report it.");

    /// <summary>A section's heading is missing, but its labels or sentences of the form were found: the section was read without it.</summary>
    internal static DiagnosticDescriptor MissingHeading { get; } = new(
        "IMR1009", "Missing heading", DiagnosticSeverity.Warning,
        "Expected the {0} heading before {1}; the {2} section was read without it.");

    /// <summary>A section's reader returned a result the document has no place for: its text is kept as unrecognized.</summary>
    internal static DiagnosticDescriptor UnknownSectionResult { get; } = new(
        "IMR1010", "Unknown section result", DiagnosticSeverity.Error,
        "The {0} section's reader ({1}) returned a {2}, which has no place in the document; its text was kept as unrecognized text. A section of an extension derives from SectionParser<T>.");

    /// <summary>A header field has no value.</summary>
    internal static DiagnosticDescriptor MissingHeaderValue { get; } = new(
        "IMR2001", "Missing header value", DiagnosticSeverity.Warning,
        "The header table has the label \"{0}\" but no value for it.");

    /// <summary>A header value is not of the form its label calls for.</summary>
    internal static DiagnosticDescriptor InvalidHeaderValue { get; } = new(
        "IMR2002", "Invalid header value", DiagnosticSeverity.Warning,
        "Expected {0} for \"{1}\", found {2}.");

    /// <summary>A value in the header table matches no label.</summary>
    internal static DiagnosticDescriptor UnpairedHeaderValue { get; } = new(
        "IMR2003", "Header value without a label", DiagnosticSeverity.Warning,
        "The header table value {0} matches no label.");

    /// <summary>The order of a case's dates leaves a header date label's value in doubt.</summary>
    internal static DiagnosticDescriptor AmbiguousHeaderValue { get; } = new(
        "IMR2004", "Ambiguous header value", DiagnosticSeverity.Warning,
        "The header table's dates could belong to \"{0}\" in more than one way; it was left without a value.");

    /// <summary>The reviewer's credentials could not be found.</summary>
    internal static DiagnosticDescriptor MissingCredentials { get; } = new(
        "IMR3001", "Missing reviewer credentials", DiagnosticSeverity.Warning,
        "Expected the reviewer's credentials (\"State(s) of Licensure:\" and \"Certification(s)/Specialty:\", or \"is Board Certified in ... and is licensed to practice in ...\") in the {0} section.");

    /// <summary>The case summary does not state the patient's age and sex in a known form.</summary>
    internal static DiagnosticDescriptor PatientNotStated { get; } = new(
        "IMR4001", "Patient not described", DiagnosticSeverity.Info,
        "The case summary does not state the patient's {0} in a known form (\"a 48 year old male\").");

    /// <summary>The case summary's date of injury is not the header table's.</summary>
    internal static DiagnosticDescriptor DateOfInjuryMismatch { get; } = new(
        "IMR4002", "Date of injury mismatch", DiagnosticSeverity.Warning,
        "The case summary gives the date of injury as {0}; the header table gives {1}.");

    /// <summary>An item's request has no decision word.</summary>
    internal static DiagnosticDescriptor MissingDecision { get; } = new(
        "IMR5001", "Missing decision", DiagnosticSeverity.Warning,
        "Expected the decision ({1}) after the request of item {0}.");

    /// <summary>An item has no request.</summary>
    internal static DiagnosticDescriptor MissingRequest { get; } = new(
        "IMR5002", "Missing request", DiagnosticSeverity.Warning,
        "Expected the request and decision line (\"...: Upheld\") before the {0} of item {1}.");

    /// <summary>An item lacks one of its labelled parts.</summary>
    internal static DiagnosticDescriptor MissingItemPart { get; } = new(
        "IMR5003", "Missing item part", DiagnosticSeverity.Warning,
        "Item {0} has no \"{1}\" part.");

    /// <summary>An item has a labelled part twice.</summary>
    internal static DiagnosticDescriptor RepeatedItemPart { get; } = new(
        "IMR5004", "Repeated item part", DiagnosticSeverity.Warning,
        "Item {0} has the \"{1}\" part again; the first one was kept and this one is unrecognized text.");

    /// <summary>A label that does not belong in a disputed item.</summary>
    internal static DiagnosticDescriptor UnexpectedItemPart { get; } = new(
        "IMR5005", "Unexpected label in an item", DiagnosticSeverity.Warning,
        "Item {0} has a part labelled {1}, which does not belong in a disputed item; it is kept as unrecognized text.");

    /// <summary>The decisions section holds no item.</summary>
    internal static DiagnosticDescriptor NoItems { get; } = new(
        "IMR5006", "No disputed items", DiagnosticSeverity.Warning,
        "Expected at least one disputed item (\"...: Upheld\" followed by \"Claims Administrator guideline:\") in the {0} section.");

    /// <summary>A rationale concludes the opposite of the item's decision word.</summary>
    internal static DiagnosticDescriptor ConclusionContradictsDecision { get; } = new(
        "IMR5007", "Conclusion contradicts the decision", DiagnosticSeverity.Warning,
        "Item {0} is {1}, but its rationale concludes that the request is {2}: {3}");

    /// <summary>Part of a guideline's text is no statement or citation form the parser knows.</summary>
    internal static DiagnosticDescriptor UnreadGuidelineText { get; } = new(
        "IMR5008", "Guideline text not read", DiagnosticSeverity.Warning,
        "Part of the {1} of item {0} is not a citation the parser knows; it is kept in the guideline's text only: {2}");

    /// <summary>A rationale states no conclusion in a known form.</summary>
    internal static DiagnosticDescriptor NoConclusion { get; } = new(
        "IMR5009", "Rationale without a conclusion", DiagnosticSeverity.Info,
        "The rationale of item {0} states no conclusion in a known form (\"the request is not medically necessary\", \"is medically necessary\", \"is non-certified\").");

    /// <summary>A numbered decision that does not say whether the treatment is medically necessary.</summary>
    internal static DiagnosticDescriptor MissingVerdict { get; } = new(
        "IMR5013", "Missing verdict", DiagnosticSeverity.Warning,
        "Expected \"is medically necessary\" or \"is not medically necessary\" in the decision of item {0}.");

    /// <summary>A request names no service the parser knows; its service is null rather than a catch-all.</summary>
    internal static DiagnosticDescriptor UnknownService { get; } = new(
        "IMR5014", "Request without a known service", DiagnosticSeverity.Info,
        "The request of item {0} names no service the parser knows, so its service is not read: {1}");

    /// <summary>Every descriptor, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnrecognizedText, MissingSection, SectionOutOfOrder, RepeatedSection, Truncated, SectionOfAnotherLayout, SectionBeforeItsPlace, SectionReaderFailed, MissingHeading, UnknownSectionResult,
        MissingHeaderValue, InvalidHeaderValue, UnpairedHeaderValue, AmbiguousHeaderValue,
        MissingCredentials,
        PatientNotStated, DateOfInjuryMismatch,
        MissingDecision, MissingRequest, MissingItemPart, RepeatedItemPart, UnexpectedItemPart, NoItems,
        ConclusionContradictsDecision, UnreadGuidelineText, NoConclusion, MissingVerdict, UnknownService,
    ];
}
