using System.Text;
using ImrParsing.Benchmarks;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// <see cref="NonMtusDetailsReader"/> against the Pidgin grammars it replaces
/// (<see cref="PidginNonMtusDetails"/>, the benchmarks' baseline shared as source): on constructed
/// Non-MTUS statements (names, editions, years, chapters with qualifiers and "Chapter", update dates
/// in several forms, topics, chapter numbers, pages, separators), written with line breaks, line-end
/// hyphens, no-break spaces and CRLF, each citation the statements grammar cuts reads to the same
/// values with the same source text and span.
/// </summary>
public sealed class NonMtusDetailsReferenceTests
{
    private static readonly string[] Names =
    [
        .. NonMtusNames.OdgNames, .. NonMtusNames.OtherNames, "official disability guidelines", "ODG Treatment", "Journal of Hand Surgery", "MTUS",
        "American College of Occupational & Environmental Medicine", "ODG Guidelines", "ODG", "ODG",
    ];

    private static readonly string[] Editions =
    [
        ", 14th Edition", ", Work Loss Data Institute (21th Annual Edition)", ", Web Version", ", Online Version", ", Work Loss Data Institute",
        " - 20th Edition", ", Work Loss Data Institute (an edition whose note runs on past forty characters)", ", 3rd ed.", ", Work Loss Data Institute (x (y)",
    ];

    private static readonly string[] Years = [", 2016", " 2015", ": 2004", ", 1999", ", 2150", ", 20161", "/2017"];

    private static readonly string[] Qualifiers =
    [
        " (Acute & Chronic)", " (Acute and Chronic)", "(Chronic)", " (trauma, headaches, etc.)", " (Acute & Chronic", " (Thoracic and Lumbar, Acute and Chronic)",
        " (acute (x) chronic)", " (Online Version)", " (other)",
    ];

    private static readonly string[] ChapterWords = [" Chapter", " Section", " chapter", " Chapters", ""];

    private static readonly string[] Updates =
    [
        " (updated 10/31/16)", ", updated 12/20/2016", " 11/18/2016", " (updated March 18, 2013)", " (updated Dec. 9, 2016)", " (updated 2016)",
        " (updated 10-31-16)", ", (updated 02/30/2016)", " (Updated: 10/31/16)", " 12/20/16 Chapter", " (updated 10/14/ 2016)", " (updated 10/31-16)",
    ];

    private static readonly string[] Separators = [", ", ": ", " - ", " \u2013 ", "; ", "/ ", "/", " ", ",", " : ", " , "];

    private static readonly string[] Topics =
    [
        "Opioids, criteria for use", "Lumbar supports", "Capsaicin, topical", "Flector® patch (diclofenac epolamine) Topic", "3.3.6 Opioids for Chronic Pain, 4.1 Baclofen",
        "NSAIDs, GI symptoms & cardiovascular risk", "Traction, Cervical collar", "and the Official Disability Guidelines", "Naproxen (Naprosyn, Anaprox DS [otc], Naprelan)",
        "acupuncture", "MRI shoulder; other", "Topic", "Forearm, Wrist, & Hand", "physical therapy", "TENS, chronic pain (transcutaneous", "Knee", "Low Back",
        "Home exercise kits, and Durable medical equipment", "Voltaren Gel Topic.", "3. Drug testing", "Chapter 7", "Work Loss Data Institute",
    ];

    private static readonly string[] Numbers =
    [
        ", Chapter 7", " Chapter 12", ", chapter 3", ", Chapter 123456", " Chapters 5", ", Chapter7", ", page 137", ", pp. 5-7", ", pg. 5", ", Page(s): 98-99, 100",
        " p. 12", ", pages 78, 80, 91", ", pgs. 3\u20134", ", p 9", ", page 5a", ", pages 5, and 7", ", pg.5", ", Page (s): 4", ", page: 5", ", pp. 5 - 7",
    ];

    private static readonly string[] TrailingChapters =
    [
        ", elbow chapter", "/Preface", ", Low Back Chapter.", ", Knee (Acute & Chronic) Chapter", "/ Pain (Chronic)", ", Shoulder", ", Knee Section.",
    ];

    private static readonly string[] Endings =
    [
        ".", " .", "", " and Other Medical Treatment Guidelines ACOEM, page 5.",
        ". The Claims Administrator did not cite any medical evidence for its decision.", ". Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009.",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", "\n", "\u00A0", "  ", "\r\n", " \n "];

    [Fact]
    public void Reads_what_the_Pidgin_grammars_read()
    {
        var random = new Random(12);
        int citations = 0;
        var seen = new int[7];
        for (int sample = 0; sample < 8000; sample++)
        {
            string statement = "Decision based on Non-MTUS Citation " + FreeText(random) + Pick(random, Endings);
            string source = "Guidelines:\n" + Noise(random, statement) + "\nNext line";
            int start = "Guidelines:\n".Length;
            int end = source.Length - "\nNext line".Length;
            var context = new SourceReaderContext(source);
            using var canonical = CanonicalText.Of(source, start, end);
            if (!PidginCitationRules.Default.Statements.TryMatch(canonical.Span, out var statements))
            {
                continue;
            }

            var values = new CanonicalValues(context, canonical);
            foreach (var syntax in statements.SelectMany(read => read.Citations).Where(read => !read.Mtus))
            {
                var expected = PidginNonMtusDetails.Read(context, canonical, syntax);
                var actual = values.Value(syntax.Range) is { } text ? NonMtusDetailsReader.Read(context, text) : null;
                Describe(actual).ShouldBe(Describe(expected), source);
                Count(expected, seen);
                citations++;
            }
        }

        citations.ShouldBeGreaterThan(7000);
        seen.ShouldAllBe(count => count > 300, string.Join(", ", seen));
    }

    [Fact]
    public void Reads_the_statements_lex_as_a_lex_of_its_own_text()
    {
        // The statement reader hands each Non-MTUS free text a slice of its lex: the citation it
        // builds must be the one a lex of the free text alone gives, on constructed statements and the corpus.
        var random = new Random(13);
        int citations = 0;
        for (int sample = 0; sample < 4000; sample++)
        {
            string statement = "Decision based on Non-MTUS Citation " + FreeText(random) + Pick(random, Endings);
            string source = "Guidelines:\n" + Noise(random, statement) + "\nNext line";
            int start = "Guidelines:\n".Length;
            citations += ReadAsItsOwn(source, start, source.Length - "\nNext line".Length);
        }

        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            string letter = Infrastructure.Corpus.Read(name);
            var guidelines = ImrDocument.Parse(letter).Items
                .SelectMany(item => new[] { item.ClaimsAdministratorGuideline, item.MaximusGuideline })
                .Select(guideline => guideline?.Text?.Span)
                .OfType<TextSpan>();
            foreach (var span in guidelines)
            {
                citations += ReadAsItsOwn(letter, span.Start, span.End);
            }
        }

        citations.ShouldBeGreaterThan(4000);
    }

    // The Non-MTUS citations the statement reader reads from source[start..end], each checked against a lex of its own text.
    private static int ReadAsItsOwn(string source, int start, int end)
    {
        var context = new SourceReaderContext(source);
        if (context.Value(start, end) is not { } text)
        {
            return 0;
        }

        var guideline = MtusStatementReader.Read(context, text, text.Span, 1, "Maximus");
        int read = 0;
        foreach (var citation in guideline.Citations.Where(citation => !citation.Mtus))
        {
            Describe(citation).ShouldBe(Describe(NonMtusDetailsReader.Read(context, citation.Text)), Excerpt.Of(citation.Text.Text));
            read++;
        }

        return read;
    }

    private static string FreeText(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(6) > 0)
        {
            text.Append(Pick(random, Names));
        }

        for (int i = random.Next(4) - 1; i > 0; i--)
        {
            text.Append(Pick(random, Editions));
        }

        if (random.Next(3) == 0)
        {
            text.Append(Pick(random, Years));
        }

        bool chapterWritten = random.Next(4) > 0;
        if (chapterWritten)
        {
            text.Append(text.Length > 0 ? Pick(random, Separators) : "");
            text.Append(random.Next(5) == 0 ? "Chapter: " : "");
            string chapter = Pick(random, [.. NonMtusNames.WithVariants(NonMtusNames.OdgChapters)]);
            text.Append(random.Next(6) == 0 ? chapter.ToLowerInvariant() : chapter);
            text.Append(random.Next(2) == 0 ? Pick(random, Qualifiers) : "");
            text.Append(Pick(random, ChapterWords));
        }

        if (random.Next(chapterWritten ? 2 : 5) == 0)
        {
            text.Append(Pick(random, Updates));
        }

        for (int i = random.Next(3); i > 0; i--)
        {
            text.Append(text.Length > 0 ? Pick(random, Separators) : "").Append(Pick(random, Topics));
        }

        for (int i = random.Next(3); i > 0; i--)
        {
            text.Append(Pick(random, Numbers));
        }

        if (random.Next(5) == 0)
        {
            text.Append(Pick(random, TrailingChapters));
        }

        return text.Length > 0 ? text.ToString() : "ODG";
    }

    // The same statement as another extractor may write it: spaces as line breaks, no-break spaces
    // or CRLF, words broken at a line end with a hyphen.
    private static string Noise(Random random, string text)
    {
        var noisy = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ' && random.Next(4) == 0)
            {
                noisy.Append(Pick(random, Spaces));
            }
            else if (char.IsLetterOrDigit(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && random.Next(40) == 0)
            {
                noisy.Append(c).Append(random.Next(2) == 0 ? "-\n" : "-\r\n  ");
            }
            else
            {
                noisy.Append(c);
            }
        }

        return noisy.ToString();
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    private static void Count(GuidelineCitation? citation, int[] seen)
    {
        seen[0] += citation?.Title is null ? 0 : 1;
        seen[1] += citation?.Year is null ? 0 : 1;
        seen[2] += citation?.ChapterName is null ? 0 : 1;
        seen[3] += citation?.EffectiveDate is null ? 0 : 1;
        seen[4] += citation is null || citation.Sections.IsEmpty ? 0 : 1;
        seen[5] += citation is null || citation.Pages.IsEmpty ? 0 : 1;
        seen[6] += citation?.Chapter is null ? 0 : 1;
    }

    private static string Describe(GuidelineCitation? c) => c is null ? "none" : string.Join(
        " | ",
        Text(c.Title),
        c.Year is { } year ? $"{year.Value} '{year.Text}' {year.Span.Start}-{year.Span.End}" : "-",
        c.Chapter is { } chapter ? $"{chapter.Value} '{chapter.Text}' {chapter.Span.Start}-{chapter.Span.End}" : "-",
        Text(c.ChapterName),
        string.Join("; ", c.Sections.Select(Text)),
        string.Join("; ", c.Pages.Select(Text)),
        c.EffectiveDate is { } date ? $"{date.Value:yyyy-MM-dd} '{date.Text}' {date.Span.Start}-{date.Span.End}" : "-",
        Text(c.Text));

    private static string Text(TextValue? value) => value is null ? "-" : $"'{value.Text}' {value.Span.Start}-{value.Span.End}";
}
