using System.Text.Json.Serialization;

namespace ImrParsing.Syntax;

/// <summary>The patient's sex as the case summary states it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>"male".</summary>
    [JsonStringEnumMemberName("male")]
    Male,

    /// <summary>"female".</summary>
    [JsonStringEnumMemberName("female")]
    Female,
}
