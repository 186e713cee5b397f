using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Lexing;

/// <summary>
/// The token readers of the case summary against the character grammars they replaced, tried at
/// every word of the canonical form (the scanners before the lexer, kept here): the tokens of the
/// source must give the same date of injury and patient term, with the same source offsets.
/// </summary>
public sealed class NarrativeReaderReferenceTests
{
    // Constructed: the words the rules start and go on with, near misses, dates, marks.
    private static readonly string[] Pieces =
    [
        "injury", "injured", "Injury", "claim", "DOI", "DOI:", "doi", "injurys", "on", "of", "date", "dated", "date of", "from", "was",
        "10-13-16", "March 18, 2013", "10/14/2016", "1020-16", "2016", ",", ".", "(", ":", "The", "the", "this", "That", "our",
        "is a", "was a", "is", "a", "injured worker", "injured employee", "IW", "patient", "patients", "claimant", "applicant",
        "employee", "worker", "workers", "48 year old male", "47-year-old female", "62 years old, male", "5 year",
    ];

    private static readonly string[] Spaces = [" ", " ", "\n", "\u00A0", "  ", "\r\n"];

    [Fact]
    public void Read_the_date_of_injury_as_the_grammar_at_every_word_on_constructed_text() =>
        // A hyphen at a line end too: "inju-" / "ry" is one word to both.
        Compare(20161016, [.. Spaces, "-\n"], ReferenceDateOfInjury, DateOfInjuryReader.Find).ShouldBeGreaterThan(150);

    [Fact]
    public void Read_the_patient_term_as_the_grammar_at_every_word_on_constructed_text() =>
        Compare(20161017, Spaces, ReferenceTerm, PatientTermReader.Find).ShouldBeGreaterThan(500);

    // Both readers on 5,000 texts; returns how many found something, so that the comparison is not between nothings.
    private static int Compare<T>(int seed, string[] spaces, Func<CanonicalText, T?> reference, Func<string, T?> reader)
        where T : struct
    {
        var random = new Random(seed);
        int found = 0;
        for (int sample = 0; sample < 5000; sample++)
        {
            string text = Text(random, spaces);
            using var canonical = CanonicalText.Of(text);
            var expected = reference(canonical);
            reader(text).ShouldBe(expected, text);
            found += expected is null ? 0 : 1;
        }

        return found;
    }

    private static string Text(Random random, string[] spaces) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => Pieces[random.Next(Pieces.Length)] + spaces[random.Next(spaces.Length)]));

    // DateOfInjuryReader before the lexer: InjuryGrammar.BeforeDate at each word that can start it,
    // then the narrative date that starts where it ends. One difference, deliberate: a word starts
    // after a letter or a digit to the tokens ("16injured", a number a line-end hyphen glued to
    // the word, is one token), after a letter only to the scanner before them.
    private static TokenDate? ReferenceDateOfInjury(CanonicalText text)
    {
        var dates = PidginDateScanner.Find(text);
        var canonical = text.Span;
        for (int i = 0; i < canonical.Length; i++)
        {
            if (canonical[i] is not ('i' or 'I' or 'c' or 'C' or 'd' or 'D') || (i > 0 && char.IsLetterOrDigit(canonical[i - 1]))
                || !InjuryGrammar.BeforeDate.TryMatch(canonical[i..], out var before) || i + before.End >= canonical.Length)
            {
                continue;
            }

            int start = text.SourceRange(new OffsetRange(i + before.End, i + before.End + 1)).Start;
            foreach (var date in dates)
            {
                if (date.Start == start)
                {
                    return date;
                }
            }
        }

        return null;
    }

    // PatientTermReader before the lexer: PidginPatientGrammar.NamedTerm at each word that can start it.
    private static (string Value, int Start, int End)? ReferenceTerm(CanonicalText text)
    {
        var canonical = text.Span;
        for (int i = 0; i < canonical.Length; i++)
        {
            if (canonical[i] is ('t' or 'T' or 'o' or 'O' or 'i' or 'I' or 'w' or 'W') && (i == 0 || !char.IsLetter(canonical[i - 1]))
                && PidginPatientGrammar.NamedTerm.TryMatch(canonical[i..], out var result))
            {
                var source = text.SourceRange(new OffsetRange(i + result.Start, i + result.End));
                return (result.Value, source.Start, source.End);
            }
        }

        return null;
    }
}
