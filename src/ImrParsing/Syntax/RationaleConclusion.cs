using System.Text.Json.Serialization;

namespace ImrParsing.Syntax;

/// <summary>What a decision rationale concludes about the request, in its own words.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RationaleConclusion>))]
public enum RationaleConclusion
{
    /// <summary>"... is medically necessary": the denial should be overturned.</summary>
    [JsonStringEnumMemberName("medicallyNecessary")]
    MedicallyNecessary,

    /// <summary>"... is not medically necessary", "Medical necessity has not been established": the denial stands.</summary>
    [JsonStringEnumMemberName("notMedicallyNecessary")]
    NotMedicallyNecessary,

    /// <summary>"... is certified" (the older letters' word for medically necessary).</summary>
    [JsonStringEnumMemberName("certified")]
    Certified,

    /// <summary>"... is non-certified" (the older letters' word for not medically necessary).</summary>
    [JsonStringEnumMemberName("nonCertified")]
    NonCertified,
}
