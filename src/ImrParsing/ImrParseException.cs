namespace ImrParsing;

/// <summary>Thrown when a text is not an IMR letter the parser can read, or is too long to read.</summary>
public sealed class ImrParseException : Exception
{
    /// <summary>Makes an exception for <paramref name="error"/>.</summary>
    public ImrParseException(ImrParseError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
    {
        Error = error;
    }

    /// <summary>Makes an exception with a message and no location.</summary>
    public ImrParseException()
        : this(new ImrParseError("The text could not be parsed as an IMR letter.", "an IMR letter", "end of input", 0, 1, 1))
    {
    }

    /// <summary>Makes an exception with a message and no location.</summary>
    public ImrParseException(string message)
        : this(new ImrParseError(message, "an IMR letter", "end of input", 0, 1, 1))
    {
    }

    /// <summary>Makes an exception with a message, no location and an inner exception.</summary>
    public ImrParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new ImrParseError(message, "an IMR letter", "end of input", 0, 1, 1);
    }

    /// <summary>What was expected, where, and what was found.</summary>
    public ImrParseError Error { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line => Error.Line;

    /// <summary>The 1-based column of the problem.</summary>
    public int Column => Error.Column;
}
