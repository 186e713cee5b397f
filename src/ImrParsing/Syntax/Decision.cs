using System.Text.Json.Serialization;

namespace ImrParsing.Syntax;

/// <summary>The outcome of Independent Medical Review for one disputed item.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Decision>))]
public enum Decision
{
    /// <summary>The utilization review denial stands: the treatment is not medically necessary.</summary>
    [JsonStringEnumMemberName("upheld")]
    Upheld,

    /// <summary>The denial is reversed: the treatment is medically necessary.</summary>
    [JsonStringEnumMemberName("overturned")]
    Overturned,
}
