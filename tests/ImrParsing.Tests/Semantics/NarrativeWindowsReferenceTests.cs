using System.Text;
using ImrParsing.Benchmarks;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The case summary read where its readers can start (<see cref="NarrativeReader"/>, windows
/// lexed around numbers, month names, anchor words and line-end hyphens) against the whole
/// narrative lexed and read (<see cref="WholeNarrativeReader"/>, the benchmarks' baseline shared
/// as source): dates, patient term, age and sex, diagnoses and date of injury must be the same,
/// with the same source offsets, on any narrative.
/// </summary>
public sealed class NarrativeWindowsReferenceTests
{
    // Constructed: dates of every form the readers read and near misses, the words the rules
    // start and go on with, diagnosis lists and what ends a sentence, words that hold a month's
    // letters ("decreased", "primary"), marks, and words broken at a line end.
    private static readonly string[] Pieces =
    [
        "10-13-16", "10/13/2016", "1/5/16", "10/14/ 2016", "March 18, 2013", "Dec. 9, 2016", "Sept 5 2016", "January 5, 2016",
        "MAY 1, 2015", "on 11-152016", "dated 1020-16", "On (11-2816)", "(((", "(", ")", "5-325", "7.5-325", "T9-10", "10-13-16-2",
        "since", "and", "between", "of", "on", "from", "to", "through", "date of", "dated", "DOI:", "DOI", "injury", "injured",
        "industrial injury on", "claim from", "Injury date of", "date of injury of", "The", "the", "this", "That", "our", "is a",
        "was a", "injured worker", "injured employee", "IW", "patient", "claimant", "applicant", "employee", "worker",
        "48 year old male", "47-year-old female", "62 years old, male", "5 year", "a female", "a male", "a", "He", "She",
        "Diagnoses include", "Current diagnoses included:", "diagnosis of", "The diagnoses, and-or impressions, were noted to include",
        "diagnosed as having", "diagnosed with", "is undergoing treatment for the diagnoses of", "treated for", "diagnoses", "diagnosis",
        "lumbar strain", "cervical radiculopathy", "status post L4-5 fusion", "chronic pain syndrome", "left knee", "and", ",", ";",
        ".", ". ", ".The", "e.g.", "3.5", "\"", "\u201D", "decreased", "primary", "separate", "innovative", "Mayo", "mar", "Jun",
        "reported", "pain", "treatment", "12", "3", "2016", "0", "x", "mg", "#", "$", ":", "-",
    ];

    // Where a word may break at a line end, as a hyphen at the end of the line: "inju-" / "ry".
    private static readonly string[] Broken =
    [
        "inju-\nry", "injur-\r\ned", "Decem-\nber", "Ma-\nrch", "De-\ncember", "diag-\nnoses", "diagnos-\n  ed", "20-\n16",
        "10/13/20-\r\n16", "th-\ne", "claim-\nant", "wor-\nker", "ye-\nar", "treat-\nment", "IW-\n", "-\n",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", " ", "\n", "\r\n", "\u00A0", "  ", " \n "];

    [Fact]
    public void Read_the_same_facts_as_the_whole_narrative_lexed_on_constructed_narratives()
    {
        var random = new Random(20161205);
        int dates = 0, terms = 0, ages = 0, sexes = 0, diagnoses = 0, injuries = 0;
        for (int sample = 0; sample < 6000; sample++)
        {
            string prefix = random.Next(3) == 0 ? string.Empty : "CLINICAL CASE SUMMARY\n";
            string narrative = Narrative(random);
            string suffix = random.Next(2) == 0 ? string.Empty : "\nIMR ISSUES";
            string source = prefix + narrative + suffix;
            int start = prefix.Length;
            int end = start + narrative.Length;

            var expected = WholeNarrativeReader.Read(source, start, end);
            ShouldBeTheSame(NarrativeReader.Read(source, start, end), expected, narrative);

            dates += expected.Dates.Length;
            terms += expected.Term is null ? 0 : 1;
            ages += expected.AgeAndSex?.Age is null ? 0 : 1;
            sexes += expected.AgeAndSex is { Age: null } ? 1 : 0;
            diagnoses += expected.Diagnoses.Length;
            injuries += expected.DateOfInjury is null ? 0 : 1;
        }

        // The narratives state each fact often, so the comparison is not between nothings.
                dates.ShouldBeGreaterThan(10000);
        terms.ShouldBeGreaterThan(500);
        ages.ShouldBeGreaterThan(1500);
        sexes.ShouldBeGreaterThan(400);
        diagnoses.ShouldBeGreaterThan(5000);
        injuries.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void Read_the_same_facts_as_the_whole_narrative_lexed_on_every_corpus_letter()
    {
        int narratives = 0;
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            string letter = Infrastructure.Corpus.Read(name);
            if (ImrDocument.Parse(letter).CaseSummary?.Text?.Span is not { Length: > 0 } span)
            {
                continue;
            }

            var expected = WholeNarrativeReader.Read(letter, span.Start, span.End);
            ShouldBeTheSame(NarrativeReader.Read(letter, span.Start, span.End), expected, name);
            narratives++;
        }

        narratives.ShouldBeGreaterThan(300);
    }

    [Fact]
    public void Reads_where_the_windows_overlap()
    {
        // The dates' windows, the term's window and the diagnoses' window, grown to the list's
        // full stop, overlap, with a word broken at a line end inside the list.
        const string Narrative = "On 10/13/2016 the applicant, a 50 year old male, was seen. Diagnoses include lumbar strain, status post L4-5 fu-\nsion " +
            "on 1/5/16, left knee pain since March 18, 2013, cervical radiculopathy. DOI: 10-13-16.";
        var expected = WholeNarrativeReader.Read(Narrative, 0, Narrative.Length);
        ShouldBeTheSame(NarrativeReader.Read(Narrative, 0, Narrative.Length), expected, Narrative);
        expected.Diagnoses.Length.ShouldBe(5);
        expected.Dates.Length.ShouldBe(4);
    }

    [Fact]
    public void Reads_a_diagnosis_list_longer_than_its_first_window_to_its_full_stop()
    {
        string list = string.Join(", ", Enumerable.Range(0, 300).Select(k => k % 2 == 0 ? "lumbar strain" : "left knee pain"));
        string narrative = $"The injured worker is a 48 year old male. Diagnoses include {list}. Treatment on 10/13/2016 helped.";
        var expected = WholeNarrativeReader.Read(narrative, 0, narrative.Length);
        var actual = NarrativeReader.Read(narrative, 0, narrative.Length);
        expected.Diagnoses.Length.ShouldBe(300);
        actual.Diagnoses.ShouldBe(expected.Diagnoses);
    }

    [Fact]
    public void Finds_an_anchor_word_a_line_end_hyphen_breaks()
    {
        const string Narrative = "A work inju-\nry on 10/13/2016 was reported. Diag-\nnoses include lumbar strain. The appli-\ncant is a 50 year old male.";
        var actual = NarrativeReader.Read(Narrative, 0, Narrative.Length);
        actual.DateOfInjury?.Date.ShouldBe(new DateOnly(2016, 10, 13));
        actual.Diagnoses.Length.ShouldBe(1);
        actual.Term?.Value.ShouldBe("applicant");
        actual.AgeAndSex?.Age?.Value.ShouldBe(50);
    }

    private static void ShouldBeTheSame(NarrativeFacts actual, NarrativeFacts expected, string narrative)
    {
        actual.Dates.ShouldBe(expected.Dates, narrative);
        actual.Term.ShouldBe(expected.Term, narrative);
        actual.AgeAndSex.ShouldBe(expected.AgeAndSex, narrative);
        actual.Diagnoses.ShouldBe(expected.Diagnoses, narrative);
        actual.DateOfInjury.ShouldBe(expected.DateOfInjury, narrative);
    }

    // Sentences of pieces, a few or as many as a long narrative holds, sometimes a long stretch of
    // words with no number in it, so that the windows leave gaps; a piece sometimes broken at a line end.
    private static string Narrative(Random random)
    {
        var text = new StringBuilder();
        int pieces = random.Next(1, random.Next(3) == 0 ? 400 : 60);
        for (int k = 0; k < pieces; k++)
        {
            int kind = random.Next(20);
            text.Append(kind switch
            {
                0 => Broken[random.Next(Broken.Length)],
                1 => string.Join(" ", Enumerable.Range(0, random.Next(5, 40)).Select(_ => random.Next(2) == 0 ? "pain" : "the")),
                _ => Pieces[random.Next(Pieces.Length)],
            });
            text.Append(Spaces[random.Next(Spaces.Length)]);
        }

        return text.ToString();
    }
}
