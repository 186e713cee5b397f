using System.CommandLine;
using ImrParsing.Annotation;

namespace ImrParsing.Cli.Commands;

/// <summary><c>imr annotate --html</c>: writes each letter as an HTML page with the values read highlighted where they are.</summary>
internal static class AnnotateCommand
{
    public static Command Create(CommandLineConsole console)
    {
        var html = new Option<bool>("--html")
        {
            Description = "Write HTML: the letter's text with each value read highlighted at its place, a colour per kind, a legend, and the value's place in the model on hover (the one format so far; required).",
        };
        var fields = FieldKindsOption.Create("The kinds of value to highlight (default: all).");
        var shared = new PerLetterCommand();
        var command = new Command("annotate", "Write IMR letters (text or PDF) back with what was extracted highlighted where it was found: one standalone HTML page per letter.") { html, fields };
        shared.AddTo(command);
        command.Validators.Add(result =>
        {
            if (!result.GetValue(html))
            {
                result.AddError("annotate needs an output format: --html.");
            }
        });
        command.SetAction(result =>
        {
            var options = new AnnotationOptions { Kinds = FieldKindsOption.Parse(result.GetValue(fields), Enum.GetValues<FieldKind>()) };
            return shared.Run(result, console, "annotate", ".html", document => ImrAnnotator.ToHtml(document, options));
        });
        return command;
    }
}
