using ImrParsing.Annotation;
using ImrParsing.Cli;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Cli;

/// <summary><c>imr annotate --html</c> and <c>imr redact</c>.</summary>
public sealed class AnnotateRedactCommandTests
{
    private static readonly string Letter = Infrastructure.Corpus.PathOf("dwc-2016/CM16-0213037");

    private static (int Exit, string Output, string Error) Run(params string[] args) => CommandLineTests.Run("", args);

    [Fact]
    public void Annotate_writes_one_letters_page_to_standard_output()
    {
        var (exit, output, error) = Run("annotate", "--html", Letter);

        exit.ShouldBe(ImrCommandLine.Success);
        error.ShouldBeEmpty();
        output.ShouldBe(ImrAnnotator.ToHtml(ImrDocument.Parse(File.ReadAllText(Letter))));
    }

    [Fact]
    public void Annotate_writes_a_page_per_letter_into_the_output_folder_and_reports_a_failed_input()
    {
        using var folder = new TemporaryFolder();
        folder.Copy(Letter, "in/CM16-0213037.txt");
        folder.Copy(Infrastructure.Corpus.PathOf("seeds/000_7bf717663bbdc77e"), "in/seed.txt");
        File.WriteAllText(folder.PathOf("in/not-a-letter.txt"), "Dear Sir,\nthank you.\n");

        var (exit, output, error) = Run("annotate", "--html", "--fields", "decision,request", "-o", folder.PathOf("out"), folder.PathOf("in"));

        exit.ShouldBe(ImrCommandLine.InputFailed);
        output.ShouldBeEmpty();
        error.ShouldContain("not-a-letter.txt:1:1: Expected the header table");
        Directory.GetFiles(folder.PathOf("out")).Select(Path.GetFileName).Order().ShouldBe(["CM16-0213037.html", "seed.html"]);
        string page = File.ReadAllText(folder.PathOf("out/CM16-0213037.html"));
        page.ShouldContain("<mark class=\"k-decision\"");
        page.ShouldNotContain("<mark class=\"k-date\"");
    }

    [Theory]
    [InlineData("annotate", "--html", "-", "-")]
    [InlineData("redact", "-", "-")]
    public void Several_inputs_need_an_output_folder(params string[] args)
    {
        var (exit, output, error) = Run(args);

        exit.ShouldBe(ImrCommandLine.UsageError);
        output.ShouldBeEmpty();
        error.ShouldContain("give -o DIR for several inputs");
    }

    [Fact]
    public void Annotate_needs_the_format_and_known_kinds()
    {
        Run("annotate", Letter).ShouldSatisfyAllConditions(
            result => result.Exit.ShouldBe(ImrCommandLine.UsageError),
            result => result.Error.ShouldContain("annotate needs an output format: --html."));
        Run("annotate", "--html", "--fields", "date,names", Letter).ShouldSatisfyAllConditions(
            result => result.Exit.ShouldBe(ImrCommandLine.UsageError),
            result => result.Error.ShouldContain("--fields: 'names' is no kind of field; the kinds are heading, case-number, date"));
    }

    [Fact]
    public void Redact_writes_the_letter_with_placeholders()
    {
        var (exit, output, _) = Run("redact", Letter);

        exit.ShouldBe(ImrCommandLine.Success);
        output.ShouldBe(ImrRedactor.Redact(ImrDocument.Parse(File.ReadAllText(Letter))).Text);
        output.ShouldContain("[CASE NUMBER]\n[DATE]\n[DATE]\nStandard");
        output.ShouldNotContain("CM16-0213037");
    }

    [Fact]
    public void Redact_takes_the_kinds_the_style_and_an_output_folder()
    {
        using var folder = new TemporaryFolder();
        string text = File.ReadAllText(Letter);

        var (exit, _, _) = Run("redact", "--fields", "case-number", "--same-length", "-o", folder.PathOf("out"), Letter);

        exit.ShouldBe(ImrCommandLine.Success);
        File.ReadAllText(folder.PathOf("out/CM16-0213037.redacted.txt")).ShouldBe(text.Replace("CM16-0213037", "XXXXXXXXXXXX", StringComparison.Ordinal));
    }

    [Fact]
    public void The_kinds_are_one_argument_and_the_paths_after_them_are_letters()
    {
        var (exit, output, error) = Run("redact", "--fields", "case-number,age", Letter);

        exit.ShouldBe(ImrCommandLine.Success, error);
        output.ShouldContain("[CASE NUMBER]");
        output.ShouldContain("is a [AGE] year old");
        output.ShouldContain("10/13/2016");
    }

    [Fact]
    public void Redact_only_fields_leaves_the_other_places_of_a_value()
    {
        // Constructed: the case number repeated after the letter's end.
        var (_, output, _) = CommandLineTests.Run(File.ReadAllText(Letter) + "CM16-0213037\n", "redact", "--fields", "case-number", "--only-fields", "-");

        output.ShouldStartWith("Case Number:");
        output.ShouldContain("[CASE NUMBER]");
        output.ShouldEndWith("CM16-0213037\n");
    }

    [Fact]
    public void The_help_lists_the_new_commands()
    {
        var (_, output, _) = Run("--help");

        output.ShouldContain("annotate");
        output.ShouldContain("redact");
    }
}
