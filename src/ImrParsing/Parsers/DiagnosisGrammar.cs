using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

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

    /// <summary>The nouns: "diagnoses", "diagnosis".</summary>
    public static ImmutableArray<string> Nouns { get; } = ["diagnoses", "diagnosis"];

    /// <summary>What may stand right after the noun: ", and-or impressions,", ", and/or impressions,".</summary>
    public static ImmutableArray<string> Impressions { get; } = [", and-or impressions,", ", and/or impressions,"];

    /// <summary>The verbs after the noun, longer words first, since a phrase matches a prefix: "included", "includes", "include", "are", "is", "were", "was".</summary>
    public static ImmutableArray<string> Verbs { get; } = ["included", "includes", "include", "are", "is", "were", "was"];

    /// <summary>What may follow the verb, after a space: "documented as", "documented is" (sic), "documented", "noted to include", "noted as", "listed as".</summary>
    public static ImmutableArray<string> Fillers { get; } = ["documented as", "documented is", "documented", "noted to include", "noted as", "listed as"];

    /// <summary>"diagnosed", which <see cref="DiagnosedLinks"/> follow.</summary>
    public static string Diagnosed => "diagnosed";

    /// <summary>After "diagnosed": "as having", "with", "as".</summary>
    public static ImmutableArray<string> DiagnosedLinks { get; } = ["as having", "with", "as"];

    /// <summary>"undergoing treatments for", "undergoing treatment for", "treated for".</summary>
    public static ImmutableArray<string> TreatedPhrases { get; } = ["undergoing treatments for", "undergoing treatment for", "treated for"];

    /// <summary>What may follow <see cref="TreatedPhrases"/>, after a space: "the diagnoses of", "the diagnosis of".</summary>
    public static ImmutableArray<string> TreatedDiagnoses { get; } = ["the diagnoses of", "the diagnosis of"];

    /// <summary>"diagnoses" or "diagnosis".</summary>
    public static Parser<char, Unit> Noun { get; } =
        TextParsers.FirstMatch(Nouns.Select(TextParsers.Phrase)).Before(EndOfWord);

    /// <summary>
    /// "diagnoses include", "diagnoses included", "diagnosis is", "diagnoses are documented as",
    /// "diagnosis that include", "diagnoses, and-or impressions, were noted to include", "diagnoses of".
    /// </summary>
    public static Parser<char, Unit> DiagnosesAre { get; } =
        Noun
            .Then(TextParsers.FirstMatch(Impressions.Select(TextParsers.Phrase)).Optional())
            .Then(TextParsers.Space)
            .Then(OneOf(
                TextParsers.Phrase("of"),
                TextParsers.Phrase("that ").Optional().Then(Verb).Then(Filler.Optional()).IgnoreResult()))
            .Before(EndOfWord);

    /// <summary>"diagnosed as having", "diagnosed with", "diagnosed as".</summary>
    public static Parser<char, Unit> DiagnosedWith { get; } =
        TextParsers.Phrase(Diagnosed + " ")
            .Then(TextParsers.FirstMatch(DiagnosedLinks.Select(TextParsers.Phrase)))
            .Before(EndOfWord);

    /// <summary>"undergoing treatment for", "undergoing treatments for", "treated for", "treated for the diagnoses of".</summary>
    public static Parser<char, Unit> TreatedFor { get; } =
        TextParsers.FirstMatch(TreatedPhrases.Select(TextParsers.Phrase))
            .Before(EndOfWord)
            .Then(TextParsers.FirstMatch(TreatedDiagnoses.Select(phrase => TextParsers.Phrase(" " + phrase))).Optional())
            .Before(EndOfWord)
            .IgnoreResult();

    /// <summary>Any of the introductions, with a colon after it; the list of diagnoses follows.</summary>
    public static Parser<char, Unit> Introduction { get; } =
        OneOf(DiagnosesAre, DiagnosedWith, TreatedFor).Before(Char(':').Optional()).Labelled("an introduction to the diagnoses");

    private static Parser<char, Unit> Verb =>
        TextParsers.FirstMatch(Verbs.Select(TextParsers.Phrase)).Before(EndOfWord);

    private static Parser<char, Unit> Filler =>
        TextParsers.FirstMatch(Fillers.Select(phrase => TextParsers.Phrase(" " + phrase)));
}
