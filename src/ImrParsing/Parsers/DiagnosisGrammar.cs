using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>
/// How the case summaries introduce the patient's diagnoses: "Current diagnoses include ...",
/// "The current diagnoses are documented as ...", "diagnosed as having ...", "diagnosed with ...",
/// "being treated for the diagnoses of ...", "is undergoing treatment for ...".
/// </summary>
internal static class DiagnosisGrammar
{
    private static Parser<char, Unit> EndOfWord { get; } =
        Lookahead(Parser<char>.Token(c => !char.IsLetter(c)).IgnoreResult().Or(Parser<char>.End));

    /// <summary>"diagnoses" or "diagnosis".</summary>
    public static Parser<char, Unit> Noun { get; } =
        TextParsers.FirstMatch([TextParsers.Phrase("diagnoses"), TextParsers.Phrase("diagnosis")]).Before(EndOfWord);

    /// <summary>
    /// "diagnoses include", "diagnoses included", "diagnosis is", "diagnoses are documented as",
    /// "diagnosis that include", "diagnoses, and-or impressions, were noted to include", "diagnoses of".
    /// </summary>
    public static Parser<char, Unit> DiagnosesAre { get; } =
        Noun
            .Then(TextParsers.FirstMatch(
            [
                TextParsers.Phrase(", and-or impressions,"),
                TextParsers.Phrase(", and/or impressions,"),
            ]).Optional())
            .Then(TextParsers.Space)
            .Then(OneOf(
                TextParsers.Phrase("of"),
                TextParsers.Phrase("that ").Optional().Then(Verb).Then(Filler.Optional()).IgnoreResult()))
            .Before(EndOfWord);

    /// <summary>"diagnosed as having", "diagnosed with", "diagnosed as".</summary>
    public static Parser<char, Unit> DiagnosedWith { get; } =
        TextParsers.Phrase("diagnosed ")
            .Then(TextParsers.FirstMatch([TextParsers.Phrase("as having"), TextParsers.Phrase("with"), TextParsers.Phrase("as")]))
            .Before(EndOfWord);

    /// <summary>"undergoing treatment for", "undergoing treatments for", "treated for", "treated for the diagnoses of".</summary>
    public static Parser<char, Unit> TreatedFor { get; } =
        TextParsers.FirstMatch(
        [
            TextParsers.Phrase("undergoing treatments for"),
            TextParsers.Phrase("undergoing treatment for"),
            TextParsers.Phrase("treated for"),
        ])
            .Before(EndOfWord)
            .Then(TextParsers.FirstMatch([TextParsers.Phrase(" the diagnoses of"), TextParsers.Phrase(" the diagnosis of")]).Optional())
            .Before(EndOfWord)
            .IgnoreResult();

    /// <summary>Any of the introductions, with a colon after it; the list of diagnoses follows.</summary>
    public static Parser<char, Unit> Introduction { get; } =
        OneOf(DiagnosesAre, DiagnosedWith, TreatedFor).Before(Char(':').Optional()).Labelled("an introduction to the diagnoses");

    /// <summary>Items separated by semicolons ("cervicalgia; pain in thoracic spine; low back pain").</summary>
    public static Parser<char, ImmutableArray<OffsetRange>> SemicolonSeparated { get; } =
        TextParsers.Until(";").Or(TextParsers.Rest)
            .SeparatedAtLeastOnce(Char(';').IgnoreResult())
            .Before(Parser<char>.End)
            .Select(items => items.ToImmutableArray());

    // "include", "included", "is", "are", "were": longer words first, since a phrase matches a prefix.
    private static Parser<char, Unit> Verb =>
        TextParsers.FirstMatch(
        [
            TextParsers.Phrase("included"),
            TextParsers.Phrase("includes"),
            TextParsers.Phrase("include"),
            TextParsers.Phrase("are"),
            TextParsers.Phrase("is"),
            TextParsers.Phrase("were"),
            TextParsers.Phrase("was"),
        ])
            .Before(EndOfWord);

    // "documented as", "documented is" (sic), "noted to include", "listed as".
    private static Parser<char, Unit> Filler =>
        TextParsers.FirstMatch(
        [
            TextParsers.Phrase(" documented as"),
            TextParsers.Phrase(" documented is"),
            TextParsers.Phrase(" documented"),
            TextParsers.Phrase(" noted to include"),
            TextParsers.Phrase(" noted as"),
            TextParsers.Phrase(" listed as"),
        ]);
}
