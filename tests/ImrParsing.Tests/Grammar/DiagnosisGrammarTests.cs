using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Grammar;

public sealed class DiagnosisGrammarTests
{
    [Theory]
    [InlineData("Current diagnoses include cervical disc protrusion", "Current ", "diagnoses include")]
    [InlineData("Diagnoses included lumbar disc displacement", "", "Diagnoses included")]
    [InlineData("The current diagnoses are documented as lumbar, hip, and neck strain.", "The current ", "diagnoses are documented as")]
    [InlineData("The current diagnosis is documented cervical spine sprain/strain", "The current ", "diagnosis is documented")]
    [InlineData("The current diagnoses were documented as a contusion of the head", "The current ", "diagnoses were documented as")]
    [InlineData("has diagnosis that include tenosynovitis right wrist", "has ", "diagnosis that include")]
    [InlineData("has had diagnoses of multiple trauma.", "has had ", "diagnoses of")]
    [InlineData("Diagnoses, and-or impressions, were noted to include: low back injury;", "", "Diagnoses, and-or impressions, were noted to include:")]
    [InlineData("The diagnosis is Coccydynia.", "The ", "diagnosis is")]
    [InlineData("was diagnosed as having cervical strain", "was ", "diagnosed as having")]
    [InlineData("She was diagnosed with a right shoulder sprain", "She was ", "diagnosed with")]
    [InlineData("was being treated for the diagnoses of right shoulder contusion", "was being ", "treated for the diagnoses of")]
    [InlineData("is undergoing treatment for: right shoulder tendinitis.", "is ", "undergoing treatment for:")]
    [InlineData("is undergoing treatments for low back pain", "is ", "undergoing treatments for")]
    public void Introductions(string text, string before, string introduction)
    {
        var rule = PidginTextParsers.Captured(DiagnosisGrammar.Introduction);
        var range = GrammarAssert.Parses(rule, text[before.Length..]);

        text[before.Length..].Slice(range).ShouldBe(introduction);
    }

    [Theory]
    [InlineData("Diagnostic studies were noted to include an official MRI")]
    [InlineData("diagnoses remain unchanged")]
    [InlineData("diagnostic testing of the lumbar spine")]
    [InlineData("treatment to date has included physical therapy")]
    public void Not_introductions(string text) => GrammarAssert.Fails(DiagnosisGrammar.Introduction, text);
}
