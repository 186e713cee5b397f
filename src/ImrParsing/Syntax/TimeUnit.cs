using System.Text.Json.Serialization;

namespace ImrParsing.Syntax;

/// <summary>A unit of time in a request's frequency ("a week") or duration ("for 4 weeks").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimeUnit>))]
public enum TimeUnit
{
    /// <summary>"day", "daily".</summary>
    [JsonStringEnumMemberName("day")]
    Day,

    /// <summary>"week", "weekly".</summary>
    [JsonStringEnumMemberName("week")]
    Week,

    /// <summary>"month", "monthly".</summary>
    [JsonStringEnumMemberName("month")]
    Month,

    /// <summary>"year", "yearly".</summary>
    [JsonStringEnumMemberName("year")]
    Year,
}
