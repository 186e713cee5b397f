using ImrParsing.Semantics;

namespace ImrParsing.Samples.OtherRules;

/// <summary>A kind of service the built-in rules do not name.</summary>
public static class Telemedicine
{
    // <docs:service-rule>
    /// <summary>
    /// Visits by video: "Telehealth consultation with pain management" asks for telemedicine, not a
    /// consultation, so the rule goes before the built-in "consultation" rule (the earliest rule
    /// with a phrase in the request wins).
    /// </summary>
    /// <returns>The builder, to chain calls.</returns>
    public static ImrParserBuilder AddTelemedicine(this ImrParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ServiceRules.InsertBefore("consultation", new ServiceRule("telemedicine", "telemedicine", "telehealth", "video visit"));
        return builder;
    }
    // </docs:service-rule>
}
