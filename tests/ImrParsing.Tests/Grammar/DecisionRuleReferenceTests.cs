using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Parsers.Combinators;
using Pidgin;

namespace ImrParsing.Tests.Grammar;

/// <summary>
/// The hand-written readers of a numbered decision (<see cref="VerdictGrammar"/>,
/// <see cref="NumberedDecisionGrammar"/>), of the prose credentials (<see cref="CredentialsGrammar"/>,
/// <see cref="ListGrammar"/>) and of a partial authorization (<see cref="ItemHeadGrammar"/>) against the Pidgin rules they replaced (<see cref="PidginDecisionRules"/>):
/// the same places, shifted to the letter's offsets, on constructed sentences read inside a larger text.
/// </summary>
public sealed class DecisionRuleReferenceTests
{
    private static readonly string[] Spaces = [" ", "  ", "\n", "\u00A0", "\t", "\r\n"];

    // Numbers, the sentence's phrases whole and cut, verbs in words that hold them, verdicts in other case.
    private static readonly string[] DecisionPieces =
    [
        "1)", "2.", "(3)", "(4", "5", "2.5", "MAXIMUS Federal Services, Inc.", "has determined", "has", "determined", "that", "thatcher",
        "the request for", "the request", "for", "request", "is", "are", "was", "were", "this", "his", "ware", "not", "notmedically",
        "medically", "necessary", "NOT MEDICALLY NECESSARY", "Medically Necessary", "necessary.", "and appropriate.", "Whether",
        "physical therapy", "MRI", ".", ",", ":", "?", "upheld", "not necessary", "necessaryx",
        "is not medically necessary", "are\nmedically necessary", "WAS  NOTMEDICALLY NECESSARY", "were not necessary", "is upheld",
    ];

    private static readonly VerdictPhrase[] OtherPhrases =
    [
        new("not necessary", Decision.Upheld),
        new("necessary", Decision.Overturned),
        new("upheld", Decision.Upheld),
    ];

    [Fact]
    public void Read_the_default_verdicts_as_the_rules_did() =>
        CompareDecisions(20161201, VerdictGrammar.Default, PidginDecisionRules.Default, VerdictGrammar.DefaultPhrases);

    [Fact]
    public void Read_a_parsers_own_verdicts_as_the_rules_did() =>
        CompareDecisions(20161202, new VerdictGrammar(OtherPhrases), new PidginDecisionRules(OtherPhrases), OtherPhrases);

    private static void CompareDecisions(int seed, VerdictGrammar grammar, PidginDecisionRules rules, IReadOnlyList<VerdictPhrase> phrases)
    {
        var random = new Random(seed);
        int sentences = 0, issues = 0, requests = 0, numbers = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string before = "x" + Spaces[random.Next(Spaces.Length)];
            string body = string.Concat(Enumerable.Range(0, random.Next(1, 12))
                .Select(k => (k == 0 ? "" : Spaces[random.Next(Spaces.Length)]) + DecisionPieces[random.Next(DecisionPieces.Length)]));
            string text = before + body + " is not medically necessary upheld";
            int start = before.Length;
            int end = start + body.Length;

            // The number's digits, with "(" before them and ")" or "." after.
            bool isNumber = NumberedDecisionGrammar.Number.TryMatch(body, out string digits);
            NumberedDecisionGrammar.NumberLength(text.AsSpan(start, body.Length)).ShouldBe(isNumber ? digits.Length + (body[0] == '(' ? 2 : 1) : -1, body);
            numbers += isNumber ? 1 : 0;

            var sentence = grammar.Sentence(text, start, end);
            if (rules.Sentence.TryMatch(body, out var expected))
            {
                sentence.ShouldBe(new VerdictSyntax(start + expected.Request.End, start + expected.Verdict.Start, start + expected.Verdict.End, expected.Decision), body);
                sentences++;
            }
            else
            {
                sentence.ShouldBeNull(body);
            }

            grammar.IssueHeadEnd(text, start, end).ShouldBe(rules.IssueHead.TryMatch(body, out var head) ? start + head.End : -1, body);
            issues += head.End > 0 ? 1 : 0;

            int request = NumberedDecisionGrammar.RequestStart(text, start, end);
            request.ShouldBe(PidginDecisionRules.Request.TryMatch(body, out var rest) ? start + rest.Start : start, body);
            requests += request > start ? 1 : 0;

            grammar.Mentions(body).ShouldBe(phrases.Any(phrase => Phrase.Contains(body, phrase.Phrase)), body);
            var found = grammar.Find(text, start, end);
            var first = phrases.Select(phrase => (Phrase: phrase, At: Phrase.IndexOf(body, phrase.Phrase, out int length), Length: length))
                .FirstOrDefault(match => match.At >= 0);
            found.ShouldBe(first.Phrase is null ? null : (start + first.At, start + first.At + first.Length, first.Phrase.Decision), body);
        }

        sentences.ShouldBeGreaterThan(1000);
        issues.ShouldBeGreaterThan(1000);
        requests.ShouldBeGreaterThan(1000);
        numbers.ShouldBeGreaterThan(500);
    }

    // The statement's phrases whole, in other case and cut; list items, separators and near misses.
    private static readonly string[] CredentialPieces =
    [
        "Board Certified in", "board-certified in", "Board Certified", "Internal Medicine", "Pain Medicine", "and", "And", "andover", "ands",
        "has a subspecialty in", "with a subspecialty in", "and a subspecialty in", "subspecialty", "is licensed to practice medicine in",
        "is licensed to practice in", "is licensed in", "licensed to practice in", "licensed in", "licensed", "California", "New York",
        "Texas,", ",", ", and", ".", "He/she", "in",
        "Board Certified in Family Practice", "and is licensed to practice in", "has a subspecialty in Pain Medicine", "Ohio.",
    ];

    [Fact]
    public void Read_prose_credentials_and_lists_as_the_rules_did()
    {
        var random = new Random(20161203);
        int statements = 0, items = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string before = "The reviewer is" + Spaces[random.Next(Spaces.Length)];

            // Half the statements start with their phrase, as the reader is asked where it stands.
            string body = (random.Next(2) == 0 ? "Board Certified in " : "") + string.Concat(Enumerable.Range(0, random.Next(1, 14))
                .Select(k => (k == 0 ? "" : Spaces[random.Next(Spaces.Length)]) + CredentialPieces[random.Next(CredentialPieces.Length)]));
            string text = before + body + " licensed in Utah. After";
            int start = before.Length;
            int end = start + body.Length;

            var read = CredentialsGrammar.Read(text, start, end);
            if (PidginDecisionRules.Credentials.TryMatch(body, out var expected))
            {
                read.ShouldBe(new ProseCredentials(Shift(expected.Specialties, start), expected.Subspecialties is { } sub ? Shift(sub, start) : null, Shift(expected.States, start), Shift(expected.Sentence, start)), body);
                statements++;
            }
            else
            {
                read.ShouldBeNull(body);
            }

            PidginDecisionRules.CommaSeparated.TryMatch(body, out var commas).ShouldBeTrue(body);
            ListGrammar.Items(text, start, end, and: false, []).ShouldBe([.. commas.Select(range => Shift(range, start))], body);
            PidginDecisionRules.CommaOrAndSeparated.TryMatch(body, out var ands).ShouldBeTrue(body);
            ListGrammar.Items(text, start, end, and: true, []).ShouldBe([.. ands.Select(range => Shift(range, start))], body);
            items += ands.Length;
        }

        statements.ShouldBeGreaterThan(500);
        items.ShouldBeGreaterThan(40000);
    }

    // The partial authorizations' phrases whole, in other case and cut; requests, full stops, commas.
    private static readonly string[] HeadPieces =
    [
        "TENS unit", "Cyclobenzaprine 7.5mg #90", "was the original request", "was the original request.", "WAS THE ORIGINAL", "request",
        "The Claims Administrator authorized", "was authorized by the Claims Administrator", "was authorized by the Claims Administrator.",
        ", leaving the original request", "leaving the original request IMR eligible", "leaving the original request IMR eligible.",
        "The original request,", "The original request", "The remaining IMR eligible portion of the original request,",
        "The remaining IMR eligible portion of the original request", ".", ",", "for 1 month",
        "TENS unit for 1 month was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request,",
        "The Claims Administrator authorized TENS unit, leaving the original request IMR eligible. The original request,",
    ];

    [Fact]
    public void Read_partial_authorizations_as_the_rule_did()
    {
        var random = new Random(20161204);
        int partials = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string before = "1." + Spaces[random.Next(Spaces.Length)];
            string body = string.Concat(Enumerable.Range(0, random.Next(1, 10))
                .Select(k => (k == 0 ? "" : Spaces[random.Next(Spaces.Length)]) + HeadPieces[random.Next(HeadPieces.Length)]));
            string text = before + body + ": Upheld was authorized by the Claims Administrator.";
            int start = before.Length;

            var read = ItemHeadGrammar.PartialAuthorization(text, start, start + body.Length);
            if (PidginDecisionRules.PartialAuthorization.TryMatch(body, out var expected))
            {
                read.ShouldBe(new PartialAuthorizationSyntax(Shift(expected.Original, start), Shift(expected.Authorized, start), Shift(expected.Remaining, start)), body);
                partials++;
            }
            else
            {
                read.ShouldBeNull(body);
            }
        }

        partials.ShouldBeGreaterThan(300);
    }

    private static (int Start, int End) Shift(OffsetRange range, int start) => (range.Start + start, range.End + start);
}
