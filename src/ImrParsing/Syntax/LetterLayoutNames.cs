using System.Text.Json;

namespace ImrParsing.Syntax;

/// <summary>The name a layout has in JSON and in messages.</summary>
internal static class LetterLayoutNames
{
    /// <summary>"finalDetermination", "determinationNotice", ...</summary>
    public static string JsonName(this LetterLayout layout) => JsonNamingPolicy.CamelCase.ConvertName(layout.ToString());
}
