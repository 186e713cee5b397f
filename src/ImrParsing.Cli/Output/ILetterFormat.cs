using ImrParsing.Cli.Inputs;

namespace ImrParsing.Cli.Output;

/// <summary>
/// How <c>imr parse</c> writes letters: <see cref="Render"/> runs on worker threads, one letter
/// at a time; <see cref="Begin"/>, <see cref="Write"/> and <see cref="End"/> run in input order
/// on one thread.
/// </summary>
internal interface ILetterFormat
{
    /// <summary>The letter's text in this format (its document, or its error), as UTF-8.</summary>
    RenderedText Render(Letter letter);

    /// <summary>Writes what comes before the first letter.</summary>
    void Begin(Utf8Output output);

    /// <summary>Writes one rendered letter (and leaves its buffer to the caller).</summary>
    void Write(Utf8Output output, RenderedText rendered);

    /// <summary>Writes what comes after the last letter.</summary>
    void End(Utf8Output output);
}
