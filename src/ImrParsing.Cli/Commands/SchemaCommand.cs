using System.CommandLine;
using ImrParsing.Json;

namespace ImrParsing.Cli.Commands;

/// <summary><c>imr schema</c>: prints the JSON Schema of a parsed document.</summary>
internal static class SchemaCommand
{
    public static Command Create(CommandLineConsole console)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of a parsed document, the objects 'imr parse' writes after \"source\".");
        command.SetAction(_ =>
        {
            console.Output.Write(ImrJson.GetSchema());
            console.Output.Flush();
            return ImrCommandLine.Success;
        });
        return command;
    }
}
