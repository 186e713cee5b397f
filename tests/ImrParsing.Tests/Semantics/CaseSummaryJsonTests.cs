using ImrParsing.Json;

namespace ImrParsing.Tests.Semantics;

public sealed class CaseSummaryJsonTests
{
    [Fact]
    public void The_dates_and_patient_have_their_contract_names_and_read_back()
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"));

        string json = ImrJson.Serialize(document);
        var back = ImrJson.Deserialize(json).CaseSummary.ShouldNotBeNull();

        json.ShouldContain("\"dateOfInjury\":{\"value\":\"2016-10-13\",\"text\":\"10-13-16\"");
        json.ShouldContain("\"term\":{\"value\":\"injured worker\",\"text\":\"injured worker\"");
        json.ShouldContain("\"diagnoses\":[{\"value\":\"right shoulder contusion\"");
        json.ShouldContain("\"dates\":[{\"value\":\"2016-10-13\"");
        back.DateOfInjury.ShouldBe(document.CaseSummary!.DateOfInjury);
        back.Dates.ShouldBe(document.CaseSummary.Dates);
        back.Patient.Term.ShouldBe(document.CaseSummary.Patient.Term);
        back.Patient.Diagnoses.Select(d => d.Value).ShouldBe(document.CaseSummary.Patient.Diagnoses.Select(d => d.Value));
    }
}
