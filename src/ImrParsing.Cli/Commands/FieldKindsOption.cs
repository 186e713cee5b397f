using System.CommandLine;
using ImrParsing.Annotation;

namespace ImrParsing.Cli.Commands;

/// <summary><c>--fields</c>: kinds of field by their kebab-case names ("date,case-number,free-text").</summary>
internal static class FieldKindsOption
{
    /// <summary>Every kind's name on the command line, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<FieldKind>().Select(NameOf)];

    public static string NameOf(FieldKind kind) => ImrAnnotator.ClassOf(kind)[2..];

    public static Option<string[]> Create(string description)
    {
        var option = new Option<string[]>("--fields")
        {
            Description = $"{description} Comma-separated, from: {string.Join(", ", Names)}.",
            HelpName = "KIND,...",
            // One comma-separated token: the letters' paths that follow are not kinds.
            Arity = ArgumentArity.ExactlyOne,
            CustomParser = result => [.. result.Tokens.SelectMany(token => token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };
        option.Validators.Add(result =>
        {
            foreach (string name in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!Names.Contains(name))
                {
                    result.AddError($"--fields: '{name}' is no kind of field; the kinds are {string.Join(", ", Names)}.");
                }
            }
        });
        return option;
    }

    /// <summary>The kinds named, or <paramref name="defaults"/> when the option was not given.</summary>
    public static HashSet<FieldKind> Parse(string[]? names, IEnumerable<FieldKind> defaults) =>
        names is null or [] ? [.. defaults] : [.. names.Select(name => Enum.GetValues<FieldKind>().First(kind => NameOf(kind) == name))];
}
