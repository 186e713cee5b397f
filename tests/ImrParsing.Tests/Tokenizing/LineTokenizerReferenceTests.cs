using System.Text;
using ImrParsing.Benchmarks;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Tokenizing;

/// <summary>
/// The tokenizer against the one it replaced (<see cref="BaselineLineTokenizer"/>, the benchmarks'
/// baseline shared as source), which tried every rule of a line's first character without the
/// phrase keys: the same tokens (offsets, numbers, kinds, rules) for every text of the corpus and
/// its variants (lines run on, doubled spaces, case changed, spaces inside words), and for
/// constructed texts around each rule's phrase, an extension's rules included, broken, spaced and
/// cut at each of its characters.
/// </summary>
public sealed class LineTokenizerReferenceTests
{
    private static readonly Func<string, string>[] Variants =
    [
        text => text,
        text => text.Replace('\n', ' '),
        text => text.Replace("\n", "  ", StringComparison.Ordinal),
        text => text.Replace("\n", ". ", StringComparison.Ordinal),
        text => text.Replace(". ", ".", StringComparison.Ordinal),
        text => text.ToUpperInvariant(),
        text => text.ToLowerInvariant(),
        text => text.Replace("e", "e ", StringComparison.Ordinal),
        text => text.Replace(" ", "\n", StringComparison.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void Tokens_are_the_baselines_on_every_text_and_its_variants(string name) => AssertSameTokensOnVariants(Infrastructure.Corpus.PathOf(name));

    [Fact]
    public void Tokens_are_the_baselines_on_every_other_extractors_text_and_its_variants()
    {
        var paths = Directory.GetFiles(Path.Combine(Infrastructure.Corpus.Folder, "extractors"), "*.txt", SearchOption.AllDirectories);

        paths.ShouldNotBeEmpty();
        foreach (string path in paths)
        {
            AssertSameTokensOnVariants(path);
        }
    }

    [Fact]
    public void Tokens_are_the_baselines_around_every_rule_an_extension_rule_included()
    {
        LineRule[] extension =
        [
            LineRule.Label("test.short", "Re:"),
            LineRule.Heading("test.accented", "ÉTAT DE LA DEMANDE"),
            LineRule.Label("test.digit", "2nd Review Outcome:"),
            LineRule.Boilerplate("test.punctuation", "(This letter is a copy)"),
            LineRule.Heading("test.sharesStart", "DOCUMENTATION INDEX"),
        ];
        var rules = ImrParser.Default.Classifier.Rules.AddRange(extension);
        DecisionWord[] words = [.. ImrParser.Default.Classifier.DecisionWords, new DecisionWord("Reversed", Syntax.Decision.Overturned)];
        var classifier = new LineClassifier(rules, words);
        var baseline = new BaselineLineClassifier(rules, words);

        foreach (string phrase in rules.Select(rule => rule.Phrase))
        {
            for (int at = 0; at <= phrase.Length; at++)
            {
                string head = phrase[..at];
                string tail = phrase[at..];
                foreach (string line in (string[])[head, head + " " + tail, head + "\n" + tail, head + "\r\n  " + tail + "\nmore text", head.ToLowerInvariant() + tail, head + "x" + tail])
                {
                    foreach (string text in (string[])[line, "Prose before it.  " + line + ": Upheld", "Request: " + line + "\nUp held\nTreatment: Reversed.", line + "\n" + phrase + "\nthe end"])
                    {
                        AssertSameTokens(text, classifier, baseline);
                        classifier.MatchRule(text).ShouldBe(baseline.MatchRule(text), text);
                        classifier.MatchDecision(text).ShouldBe(baseline.MatchDecision(text), text);
                    }
                }
            }
        }
    }

    [Fact]
    public void Rules_match_as_the_baselines_at_every_line_and_word_of_the_corpus_and_after_each_spelling_of_The()
    {
        var classifier = ImrParser.Default.Classifier;
        var baseline = new BaselineLineClassifier(classifier.Rules, classifier.DecisionWords);
        string[] spacings = ["The ", "THE ", "the", "The  ", "The\t", "The\u00A0", "The \n", "Thee ", "Th e ", "The e xpert ", "The Fi nal "];
        Infrastructure.Corpus.Letters.ShouldNotBeEmpty();
        foreach (string name in Infrastructure.Corpus.Letters)
        {
            foreach (var variant in Variants)
            {
                foreach (string line in variant(Infrastructure.Corpus.Read(name)).Split('\n'))
                {
                    string content = line.Trim();
                    for (int at = 0; at < content.Length; at = content.IndexOf(' ', at + 1) is int space and >= 0 ? space + 1 : content.Length)
                    {
                        AssertSameRule(content.AsSpan(at), classifier, baseline);
                    }

                    foreach (string spacing in spacings)
                    {
                        AssertSameRule(spacing + content, classifier, baseline);
                    }
                }
            }
        }
    }

    // A line's rule, and the rule at a place inside a line with its length, as the baseline's.
    private static void AssertSameRule(ReadOnlySpan<char> text, LineClassifier classifier, BaselineLineClassifier baseline)
    {
        int rule = classifier.MatchRule(text);
        int ruleAt = classifier.MatchRuleAt(text, out int length);
        int expectedAt = baseline.MatchRuleAt(text, out int expectedLength);
        if (rule != baseline.MatchRule(text) || ruleAt != expectedAt || length != expectedLength)
        {
            throw new Xunit.Sdk.XunitException($"Rule {rule} (at a place {ruleAt}, {length} long) differs from the baseline's on {Excerpt(text.ToString())}");
        }
    }

    private static void AssertSameTokensOnVariants(string path)
    {
        string text = File.ReadAllText(path);
        var classifier = ImrParser.Default.Classifier;
        var baseline = new BaselineLineClassifier(classifier.Rules, classifier.DecisionWords);
        foreach (var variant in Variants)
        {
            AssertSameTokens(variant(text), classifier, baseline);
        }
    }

    private static void AssertSameTokens(string text, LineClassifier classifier, BaselineLineClassifier baseline)
    {
        using var tokens = LineTokenizer.Tokenize(text, classifier);
        using var expected = BaselineLineTokenizer.Tokenize(text, baseline);
        if (!tokens.Lines.SequenceEqual(expected.Lines))
        {
            throw new Xunit.Sdk.XunitException($"Tokens differ from the baseline's on {Excerpt(text)}: {Describe(tokens)} instead of {Describe(expected)}");
        }
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..80] + "...";

    private static string Describe(LineTokens tokens)
    {
        var builder = new StringBuilder();
        foreach (var line in tokens.Lines)
        {
            builder.Append($"[{line.ContentStart}+{line.ContentLength} {line.Kind} {line.Rule}]");
        }

        return builder.ToString();
    }
}
