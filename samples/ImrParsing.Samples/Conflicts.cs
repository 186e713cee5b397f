using ImrParsing.Semantics;

namespace ImrParsing.Samples;

/// <summary>What Build says when a rule can never apply.</summary>
public static class Conflicts
{
    /// <summary>Adds a service rule every phrase of which an earlier rule already claims, and returns Build's message.</summary>
    public static string? ShadowedServiceRule(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);

        // <docs:conflict>
        var builder = ImrParser.CreateBuilder();
        builder.ServiceRules.Add(new ServiceRule("telemedicine", "telehealth consultation", "video consultation"));
        try
        {
            builder.Build();
        }
        catch (RuleConflictException exception)
        {
            writer.WriteLine(exception.Message);
            RuleConflict conflict = exception.Conflicts[0];   // List "ServiceRules", Rule "telemedicine", ShadowedBy "consultation"
            return conflict.Message;
        }
        // </docs:conflict>

        return null;
    }
}
