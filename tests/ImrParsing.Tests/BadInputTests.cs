using ImrParsing.Text;

namespace ImrParsing.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void Null_is_an_argument_error()
    {
        Should.Throw<ArgumentNullException>(() => ImrDocument.Parse(null!));
        Should.Throw<ArgumentNullException>(() => ImrDocument.TryParse(null!, out _, out _));
    }

    [Theory]
    [InlineData("", 1, 1, "end of input")]
    [InlineData("\n\n   \n", 4, 1, "end of input")]
    [InlineData("Dear Sir,\nthank you for your letter.", 1, 1, "\"Dear Sir, thank you for your let…\"")]
    [InlineData("\n  # README\nThis project parses things.", 2, 3, "\"# README This project parses thi…\"")]
    public void Text_that_is_not_a_letter_says_what_was_expected_and_where(string text, int line, int column, string found)
    {
        var exception = Should.Throw<ImrParseException>(() => ImrDocument.Parse(text));

        exception.Line.ShouldBe(line);
        exception.Column.ShouldBe(column);
        exception.Error.Found.ShouldBe(found);
        exception.Message.ShouldStartWith("Expected the header table (\"Case Number: ...\") or a section heading such as \"HOW THE IMR FINAL DETERMINATION WAS MADE\"");
        exception.Message.ShouldContain($"at {line}:{column}, found {found}");
    }

    [Fact]
    public void Binary_input_is_refused_with_a_short_escaped_excerpt()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        string text = string.Concat(bytes.Select(b => (char)b));

        var exception = Should.Throw<ImrParseException>(() => ImrDocument.Parse(text));

        exception.Error.Found.Length.ShouldBeLessThanOrEqualTo(Excerpt.MaxLength * 6 + 3);
        exception.Message.ShouldNotContain("\0");
    }

    [Fact]
    public void A_long_document_echoes_no_more_than_a_short_excerpt()
    {
        string text = "Patient Jane Roe, born 1960, lives at 12 Main Street and has a long history " + new string('x', 10_000);

        var exception = Should.Throw<ImrParseException>(() => ImrDocument.Parse(text));

        exception.Error.Found.ShouldBe("\"Patient Jane Roe, born 1960, liv…\"");
        exception.Message.ShouldNotContain("Main Street");
    }

    [Fact]
    public void TryParse_returns_the_same_error_instead_of_throwing()
    {
        ImrDocument.TryParse("not a letter", out var document, out var error).ShouldBeFalse();

        document.ShouldBeNull();
        error.ShouldNotBeNull();
        error.ShouldBe(Should.Throw<ImrParseException>(() => ImrDocument.Parse("not a letter")).Error);
    }

    [Fact]
    public void Input_longer_than_the_limit_is_refused_before_any_work()
    {
        var parser = ImrParser.Default;
        string text = new('a', parser.Options.MaxInputLength + 1);

        var exception = Should.Throw<ImrParseException>(() => parser.Parse(text));

        exception.Message.ShouldBe("Expected at most 16,777,216 characters (ImrParserOptions.MaxInputLength) at 1:1, found 16,777,217 characters.");
    }
}
