using System.Reflection;

namespace ImrParsing.Tests.Architecture;

/// <summary>
/// Holds the library's public surface to what users and extensions need (issue 13): grammar internals and
/// intermediate records stay internal, so that a change of the grammar is not a breaking change.
/// </summary>
public sealed class PublicSurfaceTests
{
    private const int MaxPublicTypes = 90;
    private const int MaxPublicMembers = 700;

    private static readonly Type[] PublicTypes = typeof(ImrDocument).Assembly.GetExportedTypes();

    [Fact]
    public void The_library_has_at_most_90_public_types()
    {
        PublicTypes.Length.ShouldBeLessThanOrEqualTo(MaxPublicTypes, Summary());
    }

    [Fact]
    public void The_library_has_at_most_700_public_members()
    {
        PublicTypes.Sum(CountMembers).ShouldBeLessThanOrEqualTo(MaxPublicMembers, Summary());
    }

    [Fact]
    public void Counting_sees_declared_methods_properties_fields_and_events()
    {
        // A property or event counts once (its accessors are not counted again); DeclaredOnly keeps inherited members out.
        CountMembers(typeof(SurfaceProbe)).ShouldBe(4);
    }

    /// <summary>Declared public methods, properties, fields and events of one type; accessors are part of their property or event.</summary>
    internal static int CountMembers(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Count(m => m switch
            {
                MethodInfo method => !IsAccessor(method),
                PropertyInfo or FieldInfo or EventInfo => true,
                _ => false,
            });

    private static bool IsAccessor(MethodInfo method) =>
        method.IsSpecialName && (method.Name.StartsWith("get_", StringComparison.Ordinal)
            || method.Name.StartsWith("set_", StringComparison.Ordinal)
            || method.Name.StartsWith("add_", StringComparison.Ordinal)
            || method.Name.StartsWith("remove_", StringComparison.Ordinal));

    private static string Summary() =>
        $"{PublicTypes.Length} public types, {PublicTypes.Sum(CountMembers)} public members; by namespace: "
        + string.Join("; ", PublicTypes.GroupBy(t => t.Namespace).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} {g.Count()} types/{g.Sum(CountMembers)} members"));

    private sealed class SurfaceProbe
    {
        public int Field = 1;
        public int Property => Field;
        public void Method() { }
        public event EventHandler? Event { add { } remove { } }
    }
}
