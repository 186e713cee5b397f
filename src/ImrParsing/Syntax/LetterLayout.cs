using System.Text.Json.Serialization;

namespace ImrParsing.Syntax;

/// <summary>The form of letter, known from its headings.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LetterLayout>))]
public enum LetterLayout
{
    /// <summary>No known form: the letter's sections were not recognized.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>
    /// The Final Determination form of 2014–2017: "HOW THE IMR FINAL DETERMINATION WAS MADE",
    /// "CLINICAL CASE SUMMARY", "IMR ISSUES, DECISIONS AND RATIONALES", with or without the header table.
    /// </summary>
    [JsonStringEnumMemberName("finalDetermination")]
    FinalDetermination,
}
