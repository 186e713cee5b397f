using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Tests.Infrastructure;

/// <summary>One value found in a document: where it is in the model and what it claims about the input.</summary>
/// <param name="Path">The property path ("items[2].request").</param>
/// <param name="Span">Its span.</param>
/// <param name="Text">The exact source text it claims to come from (null for a bare span).</param>
/// <param name="Value">The interpreted value.</param>
/// <param name="IsScalar">True for a number, name or enum the model holds without a span (see <see cref="DocumentWalker.Leaves"/>).</param>
/// <param name="IsText">True for a <see cref="TextValue"/>, whose value is the canonical form of its text; a
/// <see cref="Spanned{T}"/> of string (a patient's term: "injured worker" read from "IW"; a service kind) is not.</param>
public sealed record FoundValue(string Path, TextSpan Span, string? Text, object? Value, bool IsScalar = false, bool IsText = false);

/// <summary>
/// Walks a document's records by reflection and yields every <see cref="TextValue"/>, every
/// <see cref="Spanned{T}"/> and every bare <see cref="TextSpan"/>, so that invariants are checked
/// on all values, including those later issues add, without listing them by hand.
/// </summary>
public static class DocumentWalker
{
    // Compiled getters: the robustness tests walk some 3,000 documents per run.
    private static readonly ConcurrentDictionary<Type, Accessor[]> AccessorsByType = new();

    public static IEnumerable<FoundValue> Values(ImrDocument document) => Walk(document, scalars: false);

    /// <summary>
    /// <see cref="Values"/> and also every scalar the model holds outside a span (numbers, names,
    /// enums, diagnostic codes), each with an empty span: what a comparison of two documents needs.
    /// </summary>
    public static IReadOnlyList<FoundValue> Leaves(ImrDocument document) => Walk(document, scalars: true);

    private static List<FoundValue> Walk(ImrDocument document, bool scalars)
    {
        var found = new List<FoundValue>(256);
        Walk(document, "document", scalars, found);
        return found;
    }

    private static void Walk(object? node, string path, bool scalars, List<FoundValue> found)
    {
        switch (node)
        {
            case null or SourceText:
                return;
            case TextValue text:
                found.Add(new FoundValue(path, text.Span, text.Text, text.Value, IsText: true));
                return;
            case TextSpan span:
                found.Add(new FoundValue(path, span, null, null));
                return;
            case string or bool or int or long or double or decimal or DateOnly or Enum:
                if (scalars)
                {
                    found.Add(new FoundValue(path, default, null, node, IsScalar: true));
                }

                return;
        }

        var type = node.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Spanned<>))
        {
            var accessors = AccessorsOf(type);
            var span = (TextSpan)Get(accessors, nameof(Spanned<int>.Span), node)!;
            var text = (string)Get(accessors, nameof(Spanned<int>.Text), node)!;
            found.Add(new FoundValue(path, span, text, Get(accessors, nameof(Spanned<int>.Value), node)));
            return;
        }

        if (node is IEnumerable sequence)
        {
            int index = 0;
            foreach (object? element in sequence)
            {
                Walk(element, $"{path}[{index++}]", scalars, found);
            }

            return;
        }

        if (type.Namespace?.StartsWith("ImrParsing", StringComparison.Ordinal) != true || type.IsEnum || type.IsPrimitive)
        {
            return;
        }

        foreach (var accessor in AccessorsOf(type))
        {
            Walk(accessor.Get(node), path + "." + accessor.Name, scalars, found);
        }
    }

    private static object? Get(Accessor[] accessors, string name, object node) => Array.Find(accessors, accessor => accessor.Name == name)!.Get(node);

    private static Accessor[] AccessorsOf(Type type) => AccessorsByType.GetOrAdd(type, static type =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            .Select(property => new Accessor(property.Name, Compile(property)))
            .ToArray());

    private static Func<object, object?> Compile(PropertyInfo property)
    {
        var node = Expression.Parameter(typeof(object));
        var get = Expression.Convert(Expression.Property(Expression.Convert(node, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(get, node).Compile();
    }

    private sealed record Accessor(string Name, Func<object, object?> Get);
}
