using ImrParsing.Parsers;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Grammar;

public sealed class CredentialsGrammarTests
{
    [Fact]
    public void Board_certification_with_a_subspecialty_joined_by_and()
    {
        const string text = "Board Certified in Internal Medicine and has a subspecialty in Pulmonary Diseases \n\nand is licensed to practice in California. He/she";

        var prose = GrammarAssert.Parses(CredentialsGrammar.Prose, text);

        text.Slice(prose.Specialties).Trim().ShouldBe("Internal Medicine and");
        text.Slice(prose.Subspecialties!.Value).Trim().ShouldBe("Pulmonary Diseases \n\nand");
        text.Slice(prose.States).ShouldBe("California");
        text.Slice(prose.Sentence).ShouldEndWith("California.");
    }

    [Fact]
    public void Board_certification_with_a_subspecialty_after_a_comma()
    {
        const string text = "Board Certified in Physical Medicine Rehab, has a subspecialty in Pain Medicine and \nis licensed to practice in California.";

        var prose = GrammarAssert.Parses(CredentialsGrammar.Prose, text);

        text.Slice(prose.Specialties).ShouldBe("Physical Medicine Rehab, ");
        text.Slice(prose.Subspecialties!.Value).ShouldBe("Pain Medicine and \n");
    }

    [Fact]
    public void Board_certification_without_a_subspecialty()
    {
        const string text = "Board Certified in Family Practice and is licensed to practice in Texas. He/she has";

        var prose = GrammarAssert.Parses(CredentialsGrammar.Prose, text);

        prose.Subspecialties.ShouldBeNull();
        text.Slice(prose.States).ShouldBe("Texas");
    }

    [Fact]
    public void A_statement_without_licensure_is_rejected() =>
        GrammarAssert.Fails(CredentialsGrammar.Prose, "Board Certified in Family Practice.");
}
