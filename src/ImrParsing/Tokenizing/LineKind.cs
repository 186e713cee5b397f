namespace ImrParsing.Tokenizing;

/// <summary>What a line is to the grammar.</summary>
public enum LineKind : byte
{
    /// <summary>Prose, a value or anything else without structural meaning of its own.</summary>
    Text,

    /// <summary>A section heading ("CLINICAL CASE SUMMARY"), or its first line when an extractor wrapped it.</summary>
    Heading,

    /// <summary>A further line of a heading an extractor wrapped over two or three lines.</summary>
    HeadingContinuation,

    /// <summary>A line that starts with a known label ("Decision rationale:").</summary>
    Label,

    /// <summary>A fixed sentence of the letter's form that carries no data ("The Final Determination was based on ...").</summary>
    Boilerplate,

    /// <summary>A line ending with a decision word after a colon ("MRI of the lumbar spine: Upheld"), or the decision word alone.</summary>
    Decision,

    /// <summary>A line of a disputed item's request that comes before its decision line; set by the grammar, not the tokenizer.</summary>
    Request,
}
