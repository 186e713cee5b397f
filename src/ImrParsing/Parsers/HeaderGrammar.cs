using System.Collections.Immutable;
using ImrParsing.Parsers.Combinators;

namespace ImrParsing.Parsers;

/// <summary>A field of the header table.</summary>
public enum HeaderField
{
    /// <summary>"Case Number:".</summary>
    CaseNumber,

    /// <summary>"Date Assigned:".</summary>
    DateAssigned,

    /// <summary>"Decision Date:".</summary>
    DecisionDate,

    /// <summary>"Priority:".</summary>
    Priority,

    /// <summary>"Date of Injury:".</summary>
    DateOfInjury,

    /// <summary>"UR Denial Date:".</summary>
    UrDenialDate,

    /// <summary>"Application Received:".</summary>
    ApplicationReceived,

    /// <summary>
    /// A field the model has no property for, added to a parser's header labels
    /// (<see cref="ImrParserBuilder.HeaderLabels"/>): its value lands in
    /// <see cref="ImrDocument.Extensions"/> under the label's <see cref="HeaderLabel.Name"/>.
    /// </summary>
    Other,
}

/// <summary>What kind of value a header field holds.</summary>
public enum HeaderValueKind
{
    /// <summary>A DWC case number ("CM16-0213037").</summary>
    CaseNumber,

    /// <summary>A date ("11/09/2016").</summary>
    Date,

    /// <summary>A single word ("Standard").</summary>
    Word,
}

/// <summary>A label of the header table.</summary>
/// <param name="Field">The field it names.</param>
/// <param name="Phrase">Its text.</param>
/// <param name="Expects">The kind of value that belongs to it.</param>
public sealed record HeaderLabel(HeaderField Field, string Phrase, HeaderValueKind Expects)
{
    /// <summary>
    /// A label of a field the model has no property for (<see cref="HeaderField.Other"/>): its value
    /// lands in <see cref="ImrDocument.Extensions"/> under <paramref name="name"/>, as a
    /// <see cref="Syntax.TextValue"/>, or a <see cref="Syntax.Spanned{T}"/> of <see cref="DateOnly"/> for a date.
    /// </summary>
    /// <param name="name">The field's name in the document ("claimNumber").</param>
    /// <param name="phrase">The label's text ("Claim Number:").</param>
    /// <param name="expects">The kind of value that belongs to it.</param>
    public HeaderLabel(string name, string phrase, HeaderValueKind expects)
        : this(HeaderField.Other, phrase, expects)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The field's name in the document: "caseNumber" for <see cref="HeaderField.CaseNumber"/>, or the name given for another field.</summary>
    public string Name { get; init; } = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(Field.ToString());
}

/// <summary>What a header token is.</summary>
internal enum HeaderTokenKind
{
    /// <summary>A label ("Date Assigned:").</summary>
    Label,

    /// <summary>The second line of a label an extractor split ("Received:" after "Application").</summary>
    LabelContinuation,

    /// <summary>A value ("11/09/2016").</summary>
    Value,
}

/// <summary>One label or value of the header table, where it is in the letter.</summary>
/// <param name="Kind">Label, continuation or value.</param>
/// <param name="Label">For labels, which one.</param>
/// <param name="Start">Where it starts in the letter's text.</param>
/// <param name="End">Where it ends in the letter's text.</param>
internal readonly record struct HeaderToken(HeaderTokenKind Kind, HeaderLabel? Label, int Start, int End);

/// <summary>
/// The header table, whatever the extractor made of its two columns: labels and values on one line
/// ("Date Assigned: 11/09/2016 Date of Injury: 10/13/2016"), all labels first and then all values
/// (pdftotext's reading order), or "Application" and "Received:" on either side of a value. The grammar
/// reads the table as a flat run of label and value tokens (<see cref="HeaderTableGrammar.Read(string, int, int)"/>);
/// pairing them is the header parser's job.
/// </summary>
internal static class HeaderGrammar
{
    /// <summary>The labels of the letters, longest first where one is a prefix of another.</summary>
    public static ImmutableArray<HeaderLabel> Labels { get; } =
    [
        new(HeaderField.CaseNumber, "Case Number:", HeaderValueKind.CaseNumber),
        new(HeaderField.DateAssigned, "Date Assigned:", HeaderValueKind.Date),
        new(HeaderField.DecisionDate, "Decision Date:", HeaderValueKind.Date),
        new(HeaderField.Priority, "Priority:", HeaderValueKind.Word),
        new(HeaderField.DateOfInjury, "Date of Injury:", HeaderValueKind.Date),
        new(HeaderField.UrDenialDate, "UR Denial Date:", HeaderValueKind.Date),
        new(HeaderField.ApplicationReceived, "Application Received:", HeaderValueKind.Date),
        new(HeaderField.ApplicationReceived, "Application", HeaderValueKind.Date),
    ];

    /// <summary>
    /// True when <paramref name="value"/> is of the kind <paramref name="kind"/>: a DWC case number
    /// is letters, digits, a hyphen and digits ("CM16-0213037"); a date is numeric ("11/09/2016"); a
    /// word is letters ("Standard").
    /// </summary>
    public static bool IsValueOfKind(ReadOnlySpan<char> value, HeaderValueKind kind) => kind switch
    {
        HeaderValueKind.CaseNumber => IsCaseNumber(value),
        HeaderValueKind.Date => DateGrammar.TryReadNumeric(value, out _, out int length) && length == value.Length,
        _ => TextParsers.LettersLength(value) is > 0 and var letters && letters == value.Length,
    };

    /// <summary>
    /// The kinds <paramref name="value"/> is of, one bit each (bit <c>1 &lt;&lt; (int)kind</c>), as
    /// <see cref="IsValueOfKind"/> tells them, and its date where it is one: the kinds read in one
    /// look at the value, since a value that starts with a letter is no date and one that starts
    /// otherwise is no case number or word.
    /// </summary>
    public static int KindsOf(ReadOnlySpan<char> value, out DateOnly date)
    {
        date = default;
        int letters = TextParsers.LettersLength(value);
        if (letters == 0)
        {
            return DateGrammar.TryReadNumeric(value, out date, out int length) && length == value.Length ? 1 << (int)HeaderValueKind.Date : 0;
        }

        return letters == value.Length ? 1 << (int)HeaderValueKind.Word
            : IsCaseNumber(value, letters) ? 1 << (int)HeaderValueKind.CaseNumber : 0;
    }

    private static bool IsCaseNumber(ReadOnlySpan<char> value) => IsCaseNumber(value, TextParsers.LettersLength(value));

    private static bool IsCaseNumber(ReadOnlySpan<char> value, int letters)
    {
        int digits = TextParsers.AsciiDigitsLength(value[letters..]);
        int hyphen = letters + digits;
        return letters > 0 && digits > 0 && hyphen < value.Length && value[hyphen] == '-'
            && TextParsers.AsciiDigitsLength(value[(hyphen + 1)..]) is > 0 and var rest && hyphen + 1 + rest == value.Length;
    }

    /// <summary>How a message names a kind of value.</summary>
    public static string Describe(HeaderValueKind kind) => kind switch
    {
        HeaderValueKind.CaseNumber => "a case number such as CM16-0213037",
        HeaderValueKind.Date => "a date such as 11/09/2016",
        _ => "a word such as Standard",
    };
}
