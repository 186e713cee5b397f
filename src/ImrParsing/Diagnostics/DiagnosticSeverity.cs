using System.Text.Json.Serialization;

namespace ImrParsing.Diagnostics;

/// <summary>How much a diagnostic matters.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that does not reduce what was read.</summary>
    [JsonStringEnumMemberName("info")]
    Info,

    /// <summary>Part of the letter is missing, out of place or could not be interpreted.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>A required part of the letter could not be read at all.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
