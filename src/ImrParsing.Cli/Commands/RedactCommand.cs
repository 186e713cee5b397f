using System.CommandLine;
using ImrParsing.Annotation;

namespace ImrParsing.Cli.Commands;

/// <summary><c>imr redact</c>: writes each letter's text with chosen kinds of values replaced by placeholders.</summary>
internal static class RedactCommand
{
    public static Command Create(CommandLineConsole console)
    {
        var fields = FieldKindsOption.Create($"The kinds of value to replace (default: {string.Join(",", RedactionOptions.DefaultKinds.Order().Select(FieldKindsOption.NameOf))}).");
        var sameLength = new Option<bool>("--same-length")
        {
            Description = "Replace each character but white space with X instead of a placeholder such as [DATE], so that the text keeps its length, lines and columns.",
        };
        var onlyFields = new Option<bool>("--only-fields")
        {
            Description = "Replace the values' own spans only, not every other place their words appear (nor, for dates, every date the letter writes).",
        };
        var shared = new PerLetterCommand();
        var command = new Command("redact", "Write IMR letters (text or PDF) as text with dates, ages, case numbers, diagnoses and free text (case summary, rationales; or the kinds chosen) replaced by placeholders, for sharing without the details.") { fields, sameLength, onlyFields };
        shared.AddTo(command);
        command.SetAction(result =>
        {
            var options = new RedactionOptions
            {
                Kinds = FieldKindsOption.Parse(result.GetValue(fields), RedactionOptions.DefaultKinds),
                Style = result.GetValue(sameLength) ? RedactionStyle.SameLength : RedactionStyle.Placeholder,
                EveryOccurrence = !result.GetValue(onlyFields),
                EveryDate = !result.GetValue(onlyFields),
            };
            return shared.Run(result, console, "redact", ".redacted.txt", document => ImrRedactor.Redact(document, options).Text);
        });
        return command;
    }
}
