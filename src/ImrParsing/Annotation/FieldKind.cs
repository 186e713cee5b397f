namespace ImrParsing.Annotation;

/// <summary>What kind of value a <see cref="DocumentField"/> is: the categories the annotator colours and the redactor replaces.</summary>
public enum FieldKind
{
    /// <summary>A section heading ("CLINICAL CASE SUMMARY").</summary>
    Heading,

    /// <summary>The DWC case number ("CM16-0213037").</summary>
    CaseNumber,

    /// <summary>A date: the header's, the narrative's, a date of service, a guideline's effective date.</summary>
    Date,

    /// <summary>The patient's age.</summary>
    Age,

    /// <summary>The patient's sex.</summary>
    Sex,

    /// <summary>What the letter calls the patient ("injured worker", "IW").</summary>
    PatientTerm,

    /// <summary>A diagnosis the case summary lists.</summary>
    Diagnosis,

    /// <summary>The reviewer's states of licensure, specialties and subspecialties.</summary>
    Reviewer,

    /// <summary>A disputed item's request (and a partial authorization's original request and authorized part).</summary>
    Request,

    /// <summary>A decision ("Upheld", "is not medically necessary").</summary>
    Decision,

    /// <summary>What a request's details read: service, body region, side, quantity, medication.</summary>
    RequestDetail,

    /// <summary>A guideline citation and its parts: title, year, chapter, sections, pages.</summary>
    Citation,

    /// <summary>A rationale's conclusion ("is not medically necessary").</summary>
    Conclusion,

    /// <summary>A guideline part's text ("Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies.").</summary>
    Guideline,

    /// <summary>Prose: the case summary's narrative, a rationale.</summary>
    FreeText,

    /// <summary>What a parser's extension read (<see cref="ImrDocument.Extensions"/>).</summary>
    Extension,

    /// <summary>Text the parser kept as unrecognized.</summary>
    Unrecognized,

    /// <summary>Any other value (the review's priority).</summary>
    Other,
}
