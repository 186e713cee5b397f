using System.Text.Json.Serialization.Metadata;
using ImrParsing.Syntax;

namespace ImrParsing.Sections;

/// <summary>
/// A section that an extension adds or puts in place of a built-in one, whose result the model has
/// no property for: what <see cref="Read"/> returns lands in <see cref="ImrDocument.Extensions"/>
/// under the section's <see cref="SectionParser.Name"/>, with the section's span, and in JSON
/// through <see cref="JsonTypeInfo"/>.
/// </summary>
/// <typeparam name="T">The record the section is read into.</typeparam>
public abstract class SectionParser<T> : SectionParser
{
    /// <summary>Makes a section parser whose result is a <typeparamref name="T"/>.</summary>
    /// <param name="name">The section's name in the document ("documentsReviewed").</param>
    /// <param name="layouts">The forms of letter the section belongs to; the first is <see cref="SectionParser.Layout"/>.</param>
    /// <param name="jsonTypeInfo">How to write a <typeparamref name="T"/> to JSON: from the extension's own source-generated context.</param>
    /// <param name="headings">The headings that open the section.</param>
    protected SectionParser(string name, LetterLayout[] layouts, JsonTypeInfo<T> jsonTypeInfo, params string[] headings)
        : base(name, layouts, headings)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        JsonTypeInfo = jsonTypeInfo;
    }

    /// <summary>How a <typeparamref name="T"/> is written to JSON.</summary>
    public JsonTypeInfo<T> JsonTypeInfo { get; }

    /// <inheritdoc />
    /// <remarks>An extension's section is optional unless it says otherwise: a letter without it draws no warning.</remarks>
    public override bool IsRequired => false;

    /// <summary>Reads the section through <see cref="Read"/> and wraps the result as an <see cref="ExtensionValue"/>.</summary>
    public sealed override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = Read(context);
        return value is null ? null : ExtensionValue.Create(Name, value, context.SectionSpan, JsonTypeInfo);
    }

    /// <summary>Reads the section's body; null when it holds nothing to keep.</summary>
    protected abstract T? Read(SectionContext context);
}
