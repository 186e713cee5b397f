using System.Text;
using Pidgin;
using ImrParsing.Benchmarks;
using ImrParsing.Diagnostics;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The one-pass reader of guideline statements with the default citation forms
/// (<see cref="MtusStatementReader"/>), which builds the citations itself, against the default forms'
/// token grammars (<see cref="MtusCitationForms"/>, run as a parser with its own forms runs them) and
/// against the character rules it replaced (<see cref="PidginCitationRules"/>, kept in the
/// benchmarks): the same <see cref="Guideline"/> values, spans and diagnostics on constructed guideline
/// texts (every statement kind, every default form, chains, sections, pages, effective dates; line
/// breaks with and without hyphens, NBSP, CRLF; damaged at random).
/// </summary>
public sealed class MtusStatementReaderTests
{
    private static readonly string[] Titles =
    [
        "Low Back Complaints", "Chronic Pain Medical Treatment", "Forearm, Wrist, and Hand Complaints", "Hand, Wrist, and Forearm Disorders",
        "Ankle and Foot Complaints", "Postsurgical Treatment", "Opioid Treatment", "Elbow Disorders", "Knee Complaints",
    ];

    private static readonly System.Buffers.SearchValues<char> LettersAndDigits =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\u0663");

    private static readonly string[] Years = ["2004", "2009", "2016", "1999", "2104", "20045"];

    private static readonly string[] Sections =
    [
        "Special Studies", "Opioids, criteria for use", "TENS, chronic pain (transcutaneous electrical nerve stimulation)",
        "NSAIDs, GI symptoms & cardiovascular risk", "Forearm, Wrist, & Hand", "Naproxen (Naprosyn, Anaprox DS [otc], Naprelan)",
        "3.3.1 Opioids for Chronic Pain: Screening", "4.1 Tapering Opioids", "Work Activities", "Activity Alteration", "Physical Methods",
        "Surgical Considerations", "Chronic Pain Treatment Guidelines",
    ];

    private static readonly string[] Pages = ["Page(s): 98-99", "pages 78, 80, 91", "pg. 5", "p. 29", "pp. 12\u201313", "page 137", "Page(s) : 98", "pages 5-", "p.7", "p. 12-\u06634", "Page(s): \u0663"];

    private static readonly string[] Separators = [", ", ", and ", " and ", ",", ",\n"];

    private static readonly string[] Sentences =
    [
        "The Claims Administrator did not cite any medical evidence for its decision",
        "The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines",
        "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back Chapter, page 12",
        "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain (Chronic) and Other Medical Treatment Guidelines ACOEM, Chapter 7, pg. 5",
        "Decision based on NonMTUS Guidelines",
        "Decision based on Non-MTUS Official Disability Guidelines and Other Medical Treatment Guidelines",
        "Decision based on Non-MTUS Citation and Other Medical Treatment Guidelines ODG",
        "Decision based on Non MTUS Citation ODG",
        "Decision based on non-mtus citation ODG, Knee Chapter and Other Medical Treatment Guidelines AANEM and Other Medical Treatment Guidelines ACOEM",
        "Some other text that no rule reads",
        "3. Opioids for Chronic Pain",
        "Decision based on MTUS",
    ];

    // Bits that break a citation where it is put: brackets, digits, stops, words the rules look for.
    private static readonly string[] Damage =
    [
        "(", ")", ".", ",", ", ", " ", "Guidelines", " 2004", "Chapter ", "pages ", "Page(s):", "Decision based on ", "and ", ";", ":", "\u0663", "-",
        "did not cite any medical evidence", "outside of the MTUS", "Section(s):", "ACOEM ", "x",
    ];

    [Theory]
    [InlineData(12, 6000)]
    [InlineData(34, 3000)]
    public void Reads_the_same_guidelines_with_their_spans_and_diagnostics(int seed, int samples)
    {
        var random = new Random(seed);
        var rules = new CitationRules(MtusCitationForms.All, onePass: false);
        rules.HasDefaultForms.ShouldBeFalse();
        CitationRules.Default.HasDefaultForms.ShouldBeTrue();
        int citations = 0;
        for (int sample = 0; sample < samples; sample++)
        {
            string source = "Guidelines: " + Guideline(random) + "\n";
            string expected = ReadGuideline(source, rules);
            ReadGuideline(source, CitationRules.Default).ShouldBe(expected, source);
            citations += expected.Split("\nMTUS |", StringSplitOptions.None).Length - 1;
        }

        citations.ShouldBeGreaterThan(samples * 5 / 6);
    }

    // The character rules the reader replaced, moved to the benchmarks (PidginCitationRules, over the
    // canonical text, through CanonicalValues), read the same.
    [Theory]
    [InlineData(56, 6000)]
    public void Reads_what_the_character_rules_read(int seed, int samples)
    {
        var random = new Random(seed);
        for (int sample = 0; sample < samples; sample++)
        {
            string source = "Guidelines: " + Guideline(random) + "\n";
            ReadGuideline(source, CitationRules.Default).ShouldBe(ReadGuideline(source, CitationRules.Default, byCharacterRules: true), source);
        }
    }

    // Where the Pidgin rules matched a phrase inside a word, the reader reads whole words: the
    // letters glued on leave the phrase unread (and reported), or a part of the word to its text.
    [Theory]
    [InlineData("The Claims Administrator xdid not cite any medical evidence for its decision.", "False False|")]
    [InlineData("The Expert Reviewer based their decision on recommendation(s) outside of the MTUSx Guidelines.", "False False|")]
    [InlineData("Decision based on NonMTUSsense.", "False False|")]
    [InlineData("Decision based on Non-MTUS Citationx ODG.", "False False|Citationx ODG")]
    [InlineData("Decision based onMTUS Low Back Complaints 2004.", "False False|")]
    [InlineData("Decision based on MTUS Chronic Pain Treatment GuidelinesX, Page(s): 98.", "False False|")]
    [InlineData("Decision based on MTUS Chronic Pain Treatment Guidelines (Effective7/18/2009).", "False False|Chronic Pain Treatment Guidelines (Effective7/18/2009)")]
    [InlineData("Decision based on MTUS Chronic Pain Treatment Guidelines (Effective 7/18/2009).", "False False|Chronic Pain Treatment Guidelines (Effective 7/18/2009) dated")]
    // Nor is a date read that runs on into more of a number (DateTokenReader), where the rules read "7/18/20".
    [InlineData("Decision based on MTUS Chronic Pain Treatment Guidelines (Effective 7/18/20-09 Opioids.", "False False|Chronic Pain Treatment Guidelines (Effective 7/18/20-09 Opioids")]
    public void Glued_words_are_not_the_rules_words(string text, string read)
    {
        var context = new Context(text, CitationRules.Default);
        var guideline = new Guideline { Text = context.Value(0, text.Length), Span = context.Span(0, text.Length) };
        var result = GuidelineReader.Read(context, guideline, 1, "Maximus");

        string citations = string.Join("; ", result.Citations.Select(citation => citation.Text.Value + (citation.EffectiveDate is null ? "" : " dated")));
        $"{result.NoEvidenceCited} {result.OutsideMtus}|{citations}".ShouldBe(read);
        context.Diagnostics.Count.ShouldBe(result.Citations.IsEmpty ? 1 : 0);
    }

    // A line end an extractor wrote as a space ("Non- MTUS"), or a PDF's kerning ("Non -MTUS").
    [Theory]
    [InlineData("Non- MTUS")]
    [InlineData("Non -MTUS")]
    [InlineData("Non - MTUS")]
    public void A_space_beside_the_hyphen_of_Non_MTUS_is_the_same_phrase(string phrase)
    {
        const string Plain = "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back Chapter.";
        string text = Plain.Replace("Non-MTUS", phrase, StringComparison.Ordinal);

        var read = Citations(text);

        read.ShouldHaveSingleItem();
        read.ShouldBe(Citations(Plain));
    }

    [Fact]
    public void A_parser_with_an_added_form_reads_with_the_token_grammars_and_finds_it()
    {
        var builder = ImrParser.CreateBuilder();
        builder.CitationForms.Add(new CitationForm(
            "odgSection",
            "ODG Section Knee",
            CitationParts.Phrase("ODG Section").IgnoreResult(),
            CitationParts.Phrase("ODG Section").Then(CitationParts.Phrase("Knee")).Select(title => new CitationSyntax { Title = title })));
        var parser = builder.Build();
        string text = "Decision based on MTUS Low Back Complaints 2004, and ODG Section Knee.";

        parser.Citations.HasDefaultForms.ShouldBeFalse();
        Cited(text, parser.Citations).ShouldBe(["Low Back Complaints 2004", "ODG Section Knee"]);
        Cited(text, ImrParser.Default.Citations).ShouldBe(["Low Back Complaints 2004"]);
    }

    [Fact]
    public void The_default_parser_reads_by_hand_and_a_parser_with_a_replaced_form_by_its_grammar()
    {
        var builder = ImrParser.CreateBuilder();
        builder.CitationForms.Replace(MtusCitationForms.NamedGuidelines.Name, new CitationForm(
            MtusCitationForms.NamedGuidelines.Name,
            "Chronic Pain Treatment Guidelines",
            CitationParts.Phrase("Chronic Pain Treatment Guidelines").IgnoreResult(),
            CitationParts.Phrase("Chronic Pain Treatment Guidelines").Select(title => new CitationSyntax { Title = title })));
        var parser = builder.Build();
        string text = "Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99.";

        ImrParser.Default.Citations.HasDefaultForms.ShouldBeTrue();
        parser.Citations.HasDefaultForms.ShouldBeFalse();
        Cited(text, parser.Citations).ShouldBe(["Chronic Pain Treatment Guidelines"]);
        Cited(text, ImrParser.Default.Citations).ShouldBe(["Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99"]);
    }

    private static string[] Cited(string text, CitationRules rules)
    {
        var context = new Context(text, rules);
        var guideline = new Guideline { Text = context.Value(0, text.Length), Span = context.Span(0, text.Length) };
        return [.. GuidelineReader.Read(context, guideline, 1, "Maximus").Citations.Select(citation => text[citation.Span.Start..citation.Span.End])];
    }

    // A guideline part's text: statements of every kind, chains of every default form, damaged at random.
    private static string Guideline(Random random)
    {
        var text = new StringBuilder();
        int statements = random.Next(1, 4);
        for (int i = 0; i < statements; i++)
        {
            if (i > 0)
            {
                text.Append(Pick(random, [" ", "\n", "  ", "\r\n"]));
            }

            if (random.Next(3) > 0)
            {
                text.Append("Decision based on MTUS ");
                int citations = random.Next(1, 4);
                for (int c = 0; c < citations; c++)
                {
                    if (c > 0)
                    {
                        text.Append(Pick(random, Separators));
                    }

                    text.Append(Citation(random));
                }
            }
            else
            {
                text.Append(Pick(random, Sentences));
            }

            if (random.Next(6) > 0)
            {
                text.Append('.');
            }
        }

        string built = text.ToString();
        int damages = random.Next(4) == 0 ? random.Next(1, 3) : 0;
        for (int d = 0; d < damages; d++)
        {
            // Damage that glues letters onto a word is left out: the reader reads whole words where
            // the rules matched inside one (Glued_words_are_not_the_rules_words).
            int at = random.Next(built.Length + 1);
            if (random.Next(2) == 0 && at < built.Length)
            {
                int length = Math.Min(random.Next(1, 6), built.Length - at);
                bool joins = built.AsSpan(at, length).ContainsAnyExcept(LettersAndDigits) && at > 0 && at + length < built.Length
                    && Glued(built[at - 1], built[at + length]);
                built = joins ? built : built.Remove(at, length);
            }
            else
            {
                string piece = Pick(random, Damage);
                bool glues = (at > 0 && Glued(built[at - 1], piece[0])) || (at < built.Length && Glued(piece[^1], built[at]));
                built = glues ? built : built.Insert(at, piece);
            }
        }

        return Extracted(random, built);
    }

    // Two characters side by side that make one word of what was two: a letter and a letter or a digit.
    private static bool Glued(char left, char right) =>
        char.IsLetterOrDigit(left) && char.IsLetterOrDigit(right) && (char.IsLetter(left) || char.IsLetter(right));

    private static string Citation(Random random) => random.Next(3) switch
    {
        0 => Pick(random, Titles) + " " + Pick(random, Years)
            + Maybe(random, " Guidelines")
            + Maybe(random, ", Section(s): " + SectionList(random))
            + Maybe(random, Pick(random, [", ", " ", ","]) + Pick(random, Pages)),
        1 => Maybe(random, "ACOEM ") + "Chapter " + Pick(random, ["12", "7", "123456"]) + Pick(random, [" ", ""]) + Pick(random, Titles)
            + Maybe(random, Pick(random, [", ", " "]) + Pick(random, Pages)),
        _ => Pick(random, ["Chronic Pain Treatment", "Acupuncture Treatment", "Chronic Pain Medical Treatment"]) + " Guidelines"
            + Maybe(random, Pick(random, [" (Effective July 18, 2009)", " (Effective 7/18/2009", " (Effective July 2009)"]))
            + Maybe(random, " " + SectionList(random))
            + Maybe(random, Pick(random, [", ", " ", ","]) + Pick(random, Pages)),
    };

    private static string SectionList(Random random) =>
        string.Join(Pick(random, [", ", ", and ", ","]), Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, Sections)));

    // The text as an extractor may give it: spaces as line breaks (CRLF too), NBSP, tabs, form feeds, thin and
    // zero-width spaces, words broken with a hyphen at a line end (a space or a form feed after it too).
    private static string Extracted(Random random, string text)
    {
        var extracted = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (c == ' ' && random.Next(8) == 0)
            {
                extracted.Append(Pick(random, ["\n", "\r\n", "\u00A0", " \n", "  ", "\t", "\f", "\u2009", "\u202F", "\u3000", "\u200B"]));
            }
            else if (char.IsLower(c) && extracted.Length > 0 && char.IsLower(extracted[^1]) && random.Next(40) == 0)
            {
                extracted.Append(Pick(random, ["-\n", "-\r\n", "\n", "- \n", "-\f"])).Append(c);
            }
            else
            {
                extracted.Append(c);
            }
        }

        return extracted.ToString();
    }

    private static string Maybe(Random random, string text) => random.Next(2) == 0 ? text : "";

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    // What the default reader reads of a whole guideline text: each citation's kind, title and chapter name.
    private static string[] Citations(string text)
    {
        var context = new Context(text, CitationRules.Default);
        var guideline = new Guideline { Text = context.Value(0, text.Length), Span = context.Span(0, text.Length) };
        return [.. GuidelineReader.Read(context, guideline, 1, "Maximus").Citations
            .Select(citation => $"{(citation.Mtus ? "MTUS" : "Non-MTUS")} | {citation.Title?.Value} | {citation.ChapterName?.Value}")];
    }

    // The guideline part after "Guidelines: " read by GuidelineReader with `rules` (or by the
    // character rules of the default forms): every value, span and diagnostic.
    private static string ReadGuideline(string source, CitationRules rules, bool byCharacterRules = false)
    {
        var context = new Context(source, rules);
        int start = "Guidelines: ".Length;
        var guideline = new Guideline { Text = context.Value(start, source.Length), Span = context.Span(start, source.Length) };
        var read = byCharacterRules
            ? PidginGuidelineReader.Read(context, PidginCitationRules.Default, guideline, 1, "Maximus")
            : GuidelineReader.Read(context, guideline, 1, "Maximus");
        return $"{read.NoEvidenceCited} {read.OutsideMtus}\n"
            + string.Join("\n", read.Citations.Select(Describe))
            + "\n" + string.Join("\n", context.Diagnostics);
    }

    private static string Describe(GuidelineCitation c) => string.Join(" | ",
        c.Mtus ? "MTUS" : "Non-MTUS",
        Describe(c.Title),
        c.Year is { } year ? $"{year.Value}@{year.Span}" : "-",
        c.Chapter is { } chapter ? $"{chapter.Value}@{chapter.Span}" : "-",
        Describe(c.ChapterName),
        string.Join("; ", c.Sections.Select(Describe)),
        string.Join("; ", c.Pages.Select(Describe)),
        c.EffectiveDate is { } date ? $"{date.Value:yyyy-MM-dd}@{date.Span}" : "-",
        Describe(c.Text),
        c.Span.ToString());

    private static string Describe(TextValue? value) => value is null ? "-" : $"{value.Text}={value.Value}@{value.Span}";

    private sealed class Context(string text, CitationRules citations) : IReaderContext
    {
        private readonly SourceText _source = SourceText.From(text);

        public List<Diagnostic> Diagnostics { get; } = [];

        public string Text => text;

        public CitationRules Citations => citations;

        public TextSpan Span(int start, int end) => _source.GetSpanFromBounds(start, end);

        public TextValue? Value(int start, int end)
        {
            var trimmed = new OffsetRange(start, end).Trim(text);
            return trimmed.IsEmpty ? null : TextValue.FromSource(text, Span(trimmed.Start, trimmed.End));
        }

        public Spanned<T> Spanned<T>(T value, int start, int end) => Syntax.Spanned<T>.FromSource(value, text, Span(start, end));

        public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
            Diagnostics.Add(descriptor.Create(span, arguments));
    }
}
