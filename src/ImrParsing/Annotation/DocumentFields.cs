using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Annotation;

/// <summary>
/// Lists a document's values with their spans and kinds: what <see cref="ImrAnnotator"/> marks and
/// <see cref="ImrRedactor"/> replaces. Values are listed as the model holds them (no reflection),
/// in the order of the JSON; a value may lie inside another (a date inside the case summary).
/// </summary>
public static partial class DocumentFields
{
    /// <summary>Every value of <paramref name="document"/> that has a span in the letter.</summary>
    public static ImmutableArray<DocumentField> Of(ImrDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fields = new Collector();
        fields.Header(document.Header);
        fields.Reviewer(document.Reviewer);
        fields.CaseSummary(document.CaseSummary);
        for (int i = 0; i < document.Items.Length; i++)
        {
            fields.Item($"items[{i}]", document.Items[i]);
        }

        for (int i = 0; i < document.Extensions.Length; i++)
        {
            fields.Extension($"extensions[{i}]", document.Extensions[i], document.Source?.Length ?? int.MaxValue);
        }

        for (int i = 0; i < document.Sections.Length; i++)
        {
            fields.Text($"sections[{i}].heading", FieldKind.Heading, document.Sections[i].Heading);
        }

        for (int i = 0; i < document.Unrecognized.Length; i++)
        {
            fields.Text($"unrecognized[{i}].text", FieldKind.Unrecognized, document.Unrecognized[i].Text);
        }

        return fields.ToImmutable();
    }

    private sealed partial class Collector
    {
        private readonly ImmutableArray<DocumentField>.Builder _fields = ImmutableArray.CreateBuilder<DocumentField>();

        public ImmutableArray<DocumentField> ToImmutable() => _fields.ToImmutable();

        public void Add(string path, FieldKind kind, TextSpan span, string value)
        {
            if (span.Length > 0)
            {
                _fields.Add(new DocumentField(path, kind, span, value));
            }
        }

        public void Text(string path, FieldKind kind, TextValue? value)
        {
            if (value is not null)
            {
                Add(path, kind, value.Span, value.Value);
            }
        }

        public void Texts(string path, FieldKind kind, ImmutableArray<TextValue> values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                Text($"{path}[{i}]", kind, values[i]);
            }
        }

        public void Value<T>(string path, FieldKind kind, Spanned<T>? value)
        {
            if (value is { } found)
            {
                Value(path, kind, found);
            }
        }

        public void Value<T>(string path, FieldKind kind, Spanned<T> value) => Add(path, kind, value.Span, Describe(value.Value));

        public void Header(LetterHeader? header)
        {
            if (header is null)
            {
                return;
            }

            Text("header.caseNumber", FieldKind.CaseNumber, header.CaseNumber);
            Value("header.dateAssigned", FieldKind.Date, header.DateAssigned);
            Value("header.decisionDate", FieldKind.Date, header.DecisionDate);
            Text("header.priority", FieldKind.Other, header.Priority);
            Value("header.dateOfInjury", FieldKind.Date, header.DateOfInjury);
            Value("header.urDenialDate", FieldKind.Date, header.UrDenialDate);
            Value("header.applicationReceived", FieldKind.Date, header.ApplicationReceived);
        }

        public void Reviewer(ReviewerCredentials? reviewer)
        {
            if (reviewer is null)
            {
                return;
            }

            Texts("reviewer.licensureStates", FieldKind.Reviewer, reviewer.LicensureStates);
            Texts("reviewer.specialties", FieldKind.Reviewer, reviewer.Specialties);
            Texts("reviewer.subspecialties", FieldKind.Reviewer, reviewer.Subspecialties);
        }

        public void CaseSummary(CaseSummary? summary)
        {
            if (summary is null)
            {
                return;
            }

            Text("caseSummary.text", FieldKind.FreeText, summary.Text);
            Value("caseSummary.patient.age", FieldKind.Age, summary.Patient.Age);
            Value("caseSummary.patient.sex", FieldKind.Sex, summary.Patient.Sex);
            Value("caseSummary.patient.term", FieldKind.PatientTerm, summary.Patient.Term);
            Texts("caseSummary.patient.diagnoses", FieldKind.Diagnosis, summary.Patient.Diagnoses);
            Value("caseSummary.dateOfInjury", FieldKind.Date, summary.DateOfInjury);
            for (int i = 0; i < summary.Dates.Length; i++)
            {
                Value($"caseSummary.dates[{i}]", FieldKind.Date, summary.Dates[i]);
            }
        }

        public void Item(string path, DisputedItem item)
        {
            Text($"{path}.request", FieldKind.Request, item.Request);
            Value($"{path}.decision", FieldKind.Decision, item.Decision);
            Text($"{path}.originalRequest", FieldKind.Request, item.OriginalRequest);
            Text($"{path}.authorized", FieldKind.Request, item.Authorized);
            Details($"{path}.details", item.Details);
            Guideline($"{path}.claimsAdministratorGuideline", item.ClaimsAdministratorGuideline);
            Guideline($"{path}.maximusGuideline", item.MaximusGuideline);
            if (item.Rationale is { } rationale)
            {
                Text($"{path}.rationale.text", FieldKind.FreeText, rationale.Text);
                Value($"{path}.rationale.conclusion", FieldKind.Conclusion, rationale.Conclusion);
            }
        }

        private void Details(string path, RequestDetails? details)
        {
            if (details is null)
            {
                return;
            }

            Value($"{path}.service", FieldKind.RequestDetail, details.Service);
            for (int i = 0; i < details.BodyRegions.Length; i++)
            {
                Value($"{path}.bodyRegions[{i}].region", FieldKind.RequestDetail, details.BodyRegions[i].Region);
                Value($"{path}.bodyRegions[{i}].side", FieldKind.RequestDetail, details.BodyRegions[i].Side);
            }

            Value($"{path}.side", FieldKind.RequestDetail, details.Side);
            if (details.Quantity is { } quantity)
            {
                Value($"{path}.quantity.count", FieldKind.RequestDetail, quantity.Count);
                Value($"{path}.quantity.countMaximum", FieldKind.RequestDetail, quantity.CountMaximum);
                Value($"{path}.quantity.frequency", FieldKind.RequestDetail, quantity.Frequency);
                Value($"{path}.quantity.frequencyMaximum", FieldKind.RequestDetail, quantity.FrequencyMaximum);
                Value($"{path}.quantity.frequencyPeriod", FieldKind.RequestDetail, quantity.FrequencyPeriod);
                Value($"{path}.quantity.duration", FieldKind.RequestDetail, quantity.Duration);
                Value($"{path}.quantity.durationMaximum", FieldKind.RequestDetail, quantity.DurationMaximum);
                Value($"{path}.quantity.durationUnit", FieldKind.RequestDetail, quantity.DurationUnit);
            }

            if (details.Medication is { } medication)
            {
                Text($"{path}.medication.drug", FieldKind.RequestDetail, medication.Drug);
                Text($"{path}.medication.strength", FieldKind.RequestDetail, medication.Strength);
                Text($"{path}.medication.form", FieldKind.RequestDetail, medication.Form);
                if (medication.Quantity is { } amount)
                {
                    Text($"{path}.medication.quantity.text", FieldKind.RequestDetail, amount.Text);
                }

                Text($"{path}.medication.directions", FieldKind.RequestDetail, medication.Directions);
                Value($"{path}.medication.refills", FieldKind.RequestDetail, medication.Refills);
                for (int i = 0; i < medication.Ingredients.Length; i++)
                {
                    Text($"{path}.medication.ingredients[{i}].drug", FieldKind.RequestDetail, medication.Ingredients[i].Drug);
                    Text($"{path}.medication.ingredients[{i}].strength", FieldKind.RequestDetail, medication.Ingredients[i].Strength);
                }
            }

            Value($"{path}.dateOfService", FieldKind.Date, details.DateOfService);
        }

        private void Guideline(string path, Guideline? guideline)
        {
            if (guideline is null)
            {
                return;
            }

            Text($"{path}.text", FieldKind.Guideline, guideline.Text);
            for (int i = 0; i < guideline.Citations.Length; i++)
            {
                var citation = guideline.Citations[i];
                string at = $"{path}.citations[{i}]";
                Text($"{at}.text", FieldKind.Citation, citation.Text);
                Text($"{at}.title", FieldKind.Citation, citation.Title);
                Value($"{at}.year", FieldKind.Citation, citation.Year);
                Value($"{at}.chapter", FieldKind.Citation, citation.Chapter);
                Texts($"{at}.sections", FieldKind.Citation, citation.Sections);
                Texts($"{at}.pages", FieldKind.Citation, citation.Pages);
                Value($"{at}.effectiveDate", FieldKind.Date, citation.EffectiveDate);
            }
        }

        private static string Describe<T>(T value) => value switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum named => JsonNamingPolicy.CamelCase.ConvertName(named.ToString()),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value?.ToString() ?? string.Empty,
        };
    }
}
