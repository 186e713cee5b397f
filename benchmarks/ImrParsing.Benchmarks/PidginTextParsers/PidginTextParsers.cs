namespace ImrParsing.Parsers.Combinators;

/// <summary>
/// The character combinators only the Pidgin references and baselines use (scans up to a stop,
/// every occurrence, lookahead guards, chains, first-character annotations): the library's readers
/// find their places from the lexer's tokens and read there, so none of these is in src. They
/// build on <see cref="TextParsers"/>' phrases, runs and probes, as they did there.
/// </summary>
internal static partial class PidginTextParsers
{
}
