namespace ImrParsing;

/// <summary>Limits and settings of an <see cref="ImrParser"/>.</summary>
public sealed record ImrParserOptions
{
    /// <summary>The default <see cref="MaxInputLength"/>: 16 MiB of text, far beyond any real letter (the longest known is 27 KB).</summary>
    public const int DefaultMaxInputLength = 16 * 1024 * 1024;

    /// <summary>The default options.</summary>
    public static ImrParserOptions Default { get; } = new();

    /// <summary>
    /// The longest input, in UTF-16 code units, that <see cref="ImrParser.Parse"/> accepts; a longer one
    /// gives an <see cref="ImrParseException"/> before any work is done, so that a service fed
    /// documents from outside fails clearly instead of running out of memory. Any length up to
    /// <see cref="int.MaxValue"/> is allowed; the work and memory a parse takes grow linearly with it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxInputLength
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    } = DefaultMaxInputLength;
}
