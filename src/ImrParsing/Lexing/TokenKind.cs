namespace ImrParsing.Lexing;

/// <summary>What a <see cref="Token"/> is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters only (<see cref="char.IsLetter(char)"/>): "injury", "March".</summary>
    Word,

    /// <summary>ASCII digits only: "2016".</summary>
    Number,

    /// <summary>Letters and digits together, or digits of another script: "T9", "5mg", "10th".</summary>
    Mixed,

    /// <summary>One character that is neither a letter, a digit nor white space: "/", "-", ",".</summary>
    Punctuation,
}
