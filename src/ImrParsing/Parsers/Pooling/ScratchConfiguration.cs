using System.Buffers;
using Pidgin;
using Pidgin.Configuration;

namespace ImrParsing.Parsers.Pooling;

/// <summary>
/// The Pidgin configuration every parse of the library runs with: Pidgin's defaults, with the
/// combinators' scratch lists taken from <see cref="ScratchPool{T}"/>.
/// </summary>
internal static class ScratchConfiguration
{
    /// <summary>For parsers over characters.</summary>
    public static IConfiguration<char> Chars { get; } =
        Configuration.WithArrayPoolProvider(CharDefaultConfiguration.Instance, Provider.Instance);

    /// <summary>For parsers over other tokens (the lines of a letter).</summary>
    public static IConfiguration<TToken> For<TToken>() => Of<TToken>.Instance;

    private static class Of<TToken>
    {
        public static readonly IConfiguration<TToken> Instance =
            Configuration.WithArrayPoolProvider(Configuration.Default<TToken>(), Provider.Instance);
    }

    private sealed class Provider : IArrayPoolProvider
    {
        public static readonly Provider Instance = new();

        public ArrayPool<T> GetArrayPool<T>() => ScratchPool<T>.Instance;
    }
}
