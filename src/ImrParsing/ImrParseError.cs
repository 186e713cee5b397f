namespace ImrParsing;

/// <summary>Why a text could not be parsed as an IMR letter, and where.</summary>
/// <param name="Message">A sentence saying what was expected, where, and what was found.</param>
/// <param name="Expected">What the parser expected, in the letter's terms.</param>
/// <param name="Found">A short excerpt of what was there instead, or "end of input".</param>
/// <param name="Offset">The offset of the problem in the input, in UTF-16 code units.</param>
/// <param name="Line">The 1-based line of the problem.</param>
/// <param name="Column">The 1-based column of the problem.</param>
public sealed record ImrParseError(string Message, string Expected, string Found, int Offset, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
