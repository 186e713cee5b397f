using System.Text;
using ImrParsing.Benchmarks;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Tokenizing;

/// <summary>
/// The classifier's first pass, which rules phrases out by their first characters that are not
/// space (<see cref="PhrasePrefix"/>) and compares a phrase written as the form writes it in one
/// pass, against the one it replaced (<see cref="FourCharKeyLineClassifier"/>, the benchmarks'
/// baseline shared as source): the same kind and rule for every line of every text of the corpus,
/// the other extractors' texts, their variants and lines built around each rule's phrase, an
/// extension's rules included. The prefix itself is held to <see cref="Phrase.MatchLength(ReadOnlySpan{char}, ReadOnlySpan{char}, bool)"/>:
/// it never rules out a phrase that matches. The tokens after the second pass are held to
/// <see cref="BaselineLineTokenizer"/> by <see cref="LineTokenizerReferenceTests"/>.
/// </summary>
public sealed class LineClassifierReferenceTests
{
    private static readonly Func<string, string>[] Variants =
    [
        text => text,
        text => text.ToUpperInvariant(),
        text => text.ToLowerInvariant(),
        text => text.Replace(" ", "  ", StringComparison.Ordinal),
        text => text.Replace(" ", "\u00A0", StringComparison.Ordinal),
        text => text.Replace("e", "e ", StringComparison.Ordinal),
        text => text.Replace("i", " i", StringComparison.Ordinal),
        text => text.Replace(":", " :", StringComparison.Ordinal),
        text => text.Replace(" ", "\t", StringComparison.Ordinal),
    ];

    [Fact]
    public void Lines_are_classified_as_before_on_every_text_its_variants_and_the_other_extractors_texts()
    {
        var classifier = ImrParser.Default.Classifier;
        var before = new FourCharKeyLineClassifier(classifier.Rules, classifier.DecisionWords);
        var paths = Infrastructure.Corpus.AllTexts.Select(Infrastructure.Corpus.PathOf)
            .Concat(Directory.GetFiles(Path.Combine(Infrastructure.Corpus.Folder, "extractors"), "*.txt", SearchOption.AllDirectories))
            .ToList();

        paths.Count.ShouldBeGreaterThan(1000);
        foreach (string path in paths)
        {
            foreach (var variant in Variants)
            {
                foreach (string line in variant(File.ReadAllText(path)).Split('\n'))
                {
                    AssertClassifiedAsBefore(line, classifier, before);
                }
            }
        }
    }

    [Fact]
    public void Lines_built_around_every_rule_are_classified_as_before_an_extension_rule_included()
    {
        LineRule[] extension =
        [
            LineRule.Label("test.spaced", "Two  spaces\tand a tab:"),
            LineRule.Boilerplate("test.trailingSpace", "Ends with a space "),
            LineRule.Heading("test.accented", "ÉTAT DE LA DEMANDE"),
            LineRule.Label("test.shortWords", "A b:"),
            LineRule.Heading("test.sharesEightLetters", "DOCUMENTSX INDEX"),
            LineRule.Boilerplate("test.punctuation", "(This letter is a copy)"),
        ];
        var rules = ImrParser.Default.Classifier.Rules.AddRange(extension);
        DecisionWord[] words = [.. ImrParser.Default.Classifier.DecisionWords, new DecisionWord("Reversed", Syntax.Decision.Overturned)];
        var classifier = new LineClassifier(rules, words);
        var before = new FourCharKeyLineClassifier(rules, words);
        var random = new Random(12);

        foreach (string phrase in rules.Select(rule => rule.Phrase))
        {
            for (int at = 0; at <= phrase.Length; at++)
            {
                string head = phrase[..at];
                string tail = phrase[at..];
                foreach (string line in (string[])[head, head + " " + tail, head + "  " + tail, head + "\u00A0" + tail, head.ToLowerInvariant() + tail, head + "x" + tail, head + "ı" + tail, phrase + " " + tail, phrase + ": Upheld", head + ": Reversed"])
                {
                    AssertClassifiedAsBefore(line, classifier, before);
                    AssertClassifiedAsBefore(Mangle(line, random), classifier, before);
                }
            }
        }
    }

    [Fact]
    public void A_prefix_never_rules_out_a_phrase_that_matches()
    {
        var random = new Random(13);
        var phrases = ImrParser.Default.Classifier.Rules.Select(rule => rule.Phrase).Concat(["Re:", "ÉTAT DE LA", "a b", "Two  spaces\tand:", "x "]).ToArray();
        int matched = 0;
        for (int sample = 0; sample < 200_000; sample++)
        {
            string phrase = phrases[random.Next(phrases.Length)];
            string text = Mangle(phrase + (random.Next(2) == 0 ? "" : " and more"), random);
            if (Phrase.MatchLength(text, phrase, spacedWords: true) >= 0)
            {
                matched++;
                PhrasePrefix.Of(text).Fits(PhrasePrefix.Of(phrase)).ShouldBeTrue(text);
            }
        }

        matched.ShouldBeGreaterThan(10_000);
    }

    // The text with a few of its characters changed: space doubled, tabbed, put inside a word or
    // before a colon, case flipped, a character dropped or replaced.
    private static string Mangle(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (int edits = random.Next(0, 4); edits > 0 && builder.Length > 0; edits--)
        {
            int at = random.Next(builder.Length);
            switch (random.Next(7))
            {
                case 0: builder.Insert(at, ' '); break;
                case 1: builder.Insert(at, "\t "); break;
                case 2: builder.Insert(at, '\u00A0'); break;
                case 3: builder[at] = char.IsUpper(builder[at]) ? char.ToLowerInvariant(builder[at]) : char.ToUpperInvariant(builder[at]); break;
                case 4: builder.Remove(at, 1); break;
                case 5: builder[at] = "aZ:é\u0001"[random.Next(5)]; break;
                default: builder.Insert(at, new string(' ', random.Next(2, 40))); break;
            }
        }

        return builder.ToString();
    }

    private static void AssertClassifiedAsBefore(string line, LineClassifier classifier, FourCharKeyLineClassifier before)
    {
        string content = line.Trim();
        if (content.Length == 0)
        {
            return;
        }

        // The text around the line, so that the content's offset is not 0.
        string text = "x\n" + line + "\ny";
        var token = new Line(2, 2 + line.IndexOf(content, StringComparison.Ordinal), content.Length, 2);
        var expected = before.Classify(text, token, out _);
        var actual = classifier.Classify(text, token, out _);
        if (actual != expected || classifier.MatchRule(content) != before.MatchRule(content))
        {
            throw new Xunit.Sdk.XunitException($"'{content}' is {actual.Kind} {actual.Rule}, was {expected.Kind} {expected.Rule}");
        }
    }
}
