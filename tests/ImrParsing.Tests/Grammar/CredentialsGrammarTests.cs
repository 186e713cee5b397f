using ImrParsing.Parsers;

namespace ImrParsing.Tests.Grammar;

public sealed class CredentialsGrammarTests
{
    [Fact]
    public void Board_certification_with_a_subspecialty_joined_by_and()
    {
        const string text = "Board Certified in Internal Medicine and has a subspecialty in Pulmonary Diseases \n\nand is licensed to practice in California. He/she";

        var prose = CredentialsGrammar.Read(text, 0, text.Length).ShouldNotBeNull();

        Slice(text, prose.Specialties).Trim().ShouldBe("Internal Medicine and");
        Slice(text, prose.Subspecialties!.Value).Trim().ShouldBe("Pulmonary Diseases \n\nand");
        Slice(text, prose.States).ShouldBe("California");
        Slice(text, prose.Sentence).ShouldEndWith("California.");
    }

    [Fact]
    public void Board_certification_with_a_subspecialty_after_a_comma()
    {
        const string text = "Board Certified in Physical Medicine Rehab, has a subspecialty in Pain Medicine and \nis licensed to practice in California.";

        var prose = CredentialsGrammar.Read(text, 0, text.Length).ShouldNotBeNull();

        Slice(text, prose.Specialties).ShouldBe("Physical Medicine Rehab, ");
        Slice(text, prose.Subspecialties!.Value).ShouldBe("Pain Medicine and \n");
    }

    [Fact]
    public void Board_certification_without_a_subspecialty()
    {
        const string text = "Board Certified in Family Practice and is licensed to practice in Texas. He/she has";

        var prose = CredentialsGrammar.Read(text, 0, text.Length).ShouldNotBeNull();

        prose.Subspecialties.ShouldBeNull();
        Slice(text, prose.States).ShouldBe("Texas");
    }

    [Fact]
    public void A_statement_without_licensure_is_rejected() =>
        CredentialsGrammar.Read("Board Certified in Family Practice.", 0, 35).ShouldBeNull();

    private static string Slice(string text, (int Start, int End) range) => text[range.Start..range.End];
}
