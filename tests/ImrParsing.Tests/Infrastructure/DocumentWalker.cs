using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Tests.Infrastructure;

/// <summary>One value found in a document: where it is in the model and what it claims about the input.</summary>
/// <param name="Path">The property path ("items[2].request").</param>
/// <param name="Span">Its span.</param>
/// <param name="Text">The exact source text it claims to come from (null for a bare span).</param>
/// <param name="Value">The interpreted value.</param>
/// <param name="IsText">True for a <see cref="TextValue"/>, whose value is the canonical form of its text; a
/// <see cref="Spanned{T}"/> of string (a patient's term: "injured worker" read from "IW") is not.</param>
public sealed record FoundValue(string Path, TextSpan Span, string? Text, object? Value, bool IsText = false);

/// <summary>
/// Walks a document's records by reflection and yields every <see cref="TextValue"/>, every
/// <see cref="Spanned{T}"/> and every bare <see cref="TextSpan"/>, so that invariants are checked
/// on all values, including those later issues add, without listing them by hand.
/// </summary>
public static class DocumentWalker
{
    // Reflection once per type: the fuzz target and the property tests walk thousands of documents.
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();

    public static IEnumerable<FoundValue> Values(ImrDocument document) => Walk(document, "document");

    private static IEnumerable<FoundValue> Walk(object? node, string path)
    {
        switch (node)
        {
            case null:
                yield break;
            case TextValue text:
                yield return new FoundValue(path, text.Span, text.Text, text.Value, IsText: true);
                yield break;
            case TextSpan span:
                yield return new FoundValue(path, span, null, null);
                yield break;
            case string or SourceText:
                yield break;
        }

        var type = node.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Spanned<>))
        {
            var span = (TextSpan)type.GetProperty(nameof(Spanned<int>.Span))!.GetValue(node)!;
            var text = (string)type.GetProperty(nameof(Spanned<int>.Text))!.GetValue(node)!;
            object? value = type.GetProperty(nameof(Spanned<int>.Value))!.GetValue(node);
            yield return new FoundValue(path, span, text, value);
            yield break;
        }

        if (node is IEnumerable sequence)
        {
            int index = 0;
            foreach (object? element in sequence)
            {
                foreach (var found in Walk(element, $"{path}[{index++}]"))
                {
                    yield return found;
                }
            }

            yield break;
        }

        if (type.Namespace?.StartsWith("ImrParsing", StringComparison.Ordinal) != true || type.IsEnum || type.IsPrimitive)
        {
            yield break;
        }

        foreach (var property in PropertiesByType.GetOrAdd(type, Properties))
        {
            foreach (var found in Walk(property.GetValue(node), $"{path}.{property.Name}"))
            {
                yield return found;
            }
        }
    }

    private static PropertyInfo[] Properties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")];
}
