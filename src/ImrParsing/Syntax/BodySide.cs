using System.Text.Json.Serialization;

namespace ImrParsing.Syntax;

/// <summary>The side of the body a request names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BodySide>))]
public enum BodySide
{
    /// <summary>"left", "LUE".</summary>
    [JsonStringEnumMemberName("left")]
    Left,

    /// <summary>"right", "RUE".</summary>
    [JsonStringEnumMemberName("right")]
    Right,

    /// <summary>"bilateral", "both".</summary>
    [JsonStringEnumMemberName("bilateral")]
    Bilateral,
}
