using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using ImrParsing.Sections;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Grammar;

/// <summary>
/// <see cref="HeaderTableParser"/> against the parser it replaced (<see cref="DictionaryHeaderTableParser"/>
/// over <see cref="SearchedHeaderTableGrammar"/>): the same header, diagnostics, unrecognized text
/// and extensions, in the same order, on the lines before the first heading of every corpus text
/// (the extractors' included) and on constructed tables: labels before values, dates before their
/// labels and out of order, values of the wrong kind, split and repeated labels, with the default
/// labels and with a parser's own (an extension's date and word, a second label of a field).
/// </summary>
public sealed class HeaderTableParserReferenceTests
{
    private static readonly string[] Pieces =
    [
        "Case Number:", "Date Assigned:", "Decision Date:", "Priority:", "Date of Injury:", "UR Denial Date:", "Application Received:",
        "Application", "Received:", "Claim Number:", "Hearing Date:", "Assigned On:", "CM16-0213037", "CM16-02130", "11/09/2016",
        "12/09/2016", "10/13/2016", "11/02/2016", "11/04/2016", "10-13-16", "02/30/2016", "11/09/2016x", "1/2/16", "Standard",
        "Expedited", "pending", "Dr.", "N/A", "12345", "É", "Date", "of", "Injury:",
    ];

    private static readonly string[] Spaces = [" ", "  ", "\n", "\n\n", "\t", "\r\n", "   "];

    private static readonly ImrParser OwnLabels = OwnLabelsParser();

    [Fact]
    public void Reads_every_corpus_text_as_the_dictionary_parser_did()
    {
        var texts = Infrastructure.Corpus.AllTexts.Select(Infrastructure.Corpus.Read)
            .Concat(Directory.GetFiles(Path.Combine(Infrastructure.Corpus.Folder, "extractors"), "*.txt", SearchOption.AllDirectories).Select(File.ReadAllText));
        int headers = 0;
        foreach (string text in texts)
        {
            using var preamble = PreambleContext.Of(text);
            headers += Compare(preamble, text) ? 1 : 0;
        }

        headers.ShouldBeGreaterThan(400);
    }

    [Fact]
    public void Reads_constructed_tables_as_the_dictionary_parser_did() => Constructed(20261205, ImrParser.Default);

    [Fact]
    public void Reads_constructed_tables_with_a_parsers_own_labels_as_the_dictionary_parser_did() => Constructed(20261206, OwnLabels);

    [Fact]
    public void Reads_the_tricky_arrangements_as_the_dictionary_parser_did()
    {
        string[] tables =
        [
            "Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM16-0213037\n11/09/2016\n12/09/2016\nStandard\n\n" +
                "10/13/2016\nDate of Injury:\nUR Denial Date:   11/02/2016\n11/04/2016\nApplication\nReceived:\n",
            " Case Number: CM16-0213037  Date Assigned: 11/09/2016 Date of Injury:  10/13/2016 Decision Date: 12/09/2016 " +
                "UR Denial Date:  11/03/2016 Priority:  Standard Application Received:  11/03/2016  \n",
            "Case Number: CM16-0213037\nDate Assigned: 11/09/2016\nDecision Date: 12/09/2016\nPriority: Standard\nDate of Injury: 10/13/2016\n" +
                "11/01/2016\n11/02/2016\n11/03/2016\nUR Denial Date:\nApplication Received:\n",
            "Case Number: CM16-0213037 Date Assigned: pending Priority: 12/09/2016 Claim Number: 123 Hearing Date: 01/05/2017 Assigned On: 11/09/2016\n",
            "Date Assigned: 11/09/2016 Assigned On: 11/10/2016 Date Assigned: 11/11/2016 Application 11/04/2016 Received: Application Received: 11/05/2016\n",
        ];
        foreach (var parser in new[] { ImrParser.Default, OwnLabels })
        {
            foreach (string table in tables)
            {
                using var preamble = PreambleContext.Whole(table, parser);
                Compare(preamble, table).ShouldBeTrue(table);
            }
        }
    }

    private static void Constructed(int seed, ImrParser parser)
    {
        var random = new Random(seed);
        int diagnostics = 0;
        for (int sample = 0; sample < 4000; sample++)
        {
            string table = string.Concat(Enumerable.Range(0, random.Next(1, 24))
                .Select(_ => Pieces[random.Next(Pieces.Length)] + Spaces[random.Next(Spaces.Length)]));
            using var preamble = PreambleContext.Whole(table, parser);
            Compare(preamble, table);
            diagnostics += preamble.Diagnostics.Count;
        }

        diagnostics.ShouldBeGreaterThan(4000);
    }

    // Reads with the old parser then the new, each on emptied lists; true when a header was read.
    private static bool Compare(PreambleContext preamble, string because)
    {
        var grammar = new SearchedHeaderTableGrammar(preamble.Parser.HeaderTable.Labels);
        var expected = Read(preamble, context => DictionaryHeaderTableParser.Parse(context, grammar));
        var read = Read(preamble, HeaderTableParser.Parse);
        read.Header.ShouldBe(expected.Header, because);
        read.Diagnostics.ShouldBe(expected.Diagnostics, because);
        read.Unrecognized.ShouldBe(expected.Unrecognized, because);
        read.Extensions.ShouldBe(expected.Extensions, because);
        return read.Header is not null;
    }

    private static (LetterHeader? Header, Diagnostics.Diagnostic[] Diagnostics, UnrecognizedText[] Unrecognized, object[] Extensions) Read(
        PreambleContext preamble, Func<SectionContext, LetterHeader?> parse)
    {
        preamble.Reset();
        var header = preamble.Context.ReadGuarded(parse, "header");
        return (header, [.. preamble.Diagnostics], [.. preamble.Unrecognized],
            [.. preamble.Extensions.Select(extension => (extension.Name, extension.Value, extension.Span, extension.JsonTypeInfo))]);
    }

    private static ImrParser OwnLabelsParser()
    {
        var builder = ImrParser.CreateBuilder();
        builder.HeaderLabels.Add(new HeaderLabel("claimNumber", "Claim Number:", HeaderValueKind.Word));
        builder.HeaderLabels.Add(new HeaderLabel("hearingDate", "Hearing Date:", HeaderValueKind.Date));
        builder.HeaderLabels.Add(new HeaderLabel(HeaderField.DateAssigned, "Assigned On:", HeaderValueKind.Date) { Name = "assignedOn" });
        return builder.Build();
    }
}

/// <summary>
/// A header value's kinds read in one look (<see cref="HeaderGrammar.KindsOf"/>) against each kind
/// tried alone (<see cref="HeaderGrammar.IsValueOfKind"/>) and the date read alone, on constructed values.
/// </summary>
public sealed class HeaderValueKindsReferenceTests
{
    private static readonly string[] Pieces = ["11/09/2016", "10-13-16", "9/1/ 2016", "02/30/2016", "1/2-16", "CM", "cm", "É", "16", "1", "0213037", "-", "/", "11", "09", "2016", "9", "31", "02", "29", "1900", "2100", "99", "49", "x", "Standard", ".", "١"];

    [Fact]
    public void Reads_the_kinds_each_test_gives()
    {
        var random = new Random(20261207);
        int dates = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string value = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            int kinds = HeaderGrammar.KindsOf(value, out var date);
            foreach (var kind in Enum.GetValues<HeaderValueKind>())
            {
                ((kinds >> (int)kind) & 1).ShouldBe(HeaderGrammar.IsValueOfKind(value, kind) ? 1 : 0, $"{value} {kind}");
            }

            if ((kinds & (1 << (int)HeaderValueKind.Date)) != 0)
            {
                DateGrammar.TryReadNumeric(value, out var alone, out _).ShouldBeTrue(value);
                date.ShouldBe(alone, value);
                dates++;
            }
        }

        dates.ShouldBeGreaterThan(200);
    }
}
