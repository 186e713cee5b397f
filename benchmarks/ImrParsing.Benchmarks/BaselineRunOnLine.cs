using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The line run-on line reader as it was before the phrase keys (issue 12): the baseline of
/// <c>TokenizerBenchmarks</c> and the reference the tokenizer's tests compare with.
/// Reads a line far longer than a printed line: an extractor that writes a page, or a paragraph,
/// without line breaks (PdfPig's <c>page.Text</c>). It makes a token wherever a line must have
/// broken: before a heading, a label or a sentence of the form that follows a sentence's end, a
/// colon or a gap of two spaces; after a heading, and after the colon or full stop that ends a
/// sentence of the form; around a request and its decision ("...: Upheld"), which starts where the
/// previous paragraph or sentence ended. Every token is a slice of the input.
/// </summary>
internal static class BaselineRunOnLine
{
    /// <summary>Longer than any printed line of a letter, layout mode's two columns included.</summary>
    public const int MinLength = 400;

    // A partial authorization's head: "X was the original request.", what was authorized, then "The original request, Z is:".
    private const int MaxPartialAuthorizationSentences = 6;

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(".:");

    /// <summary>Adds the tokens of the line whose content is [<paramref name="contentStart"/>, <paramref name="contentEnd"/>).</summary>
    public static void Split(string text, int lineStart, int contentStart, int contentEnd, int number, BaselineLineClassifier classifier, LineTokens tokens)
    {
        var reader = new Reader(text, lineStart, contentStart, contentEnd, number, classifier, tokens);
        var span = text.AsSpan(0, contentEnd);
        var headings = HeadingStarts(span, contentStart, classifier);
        int nextHeading = 0;
        // A line that starts in lower case goes on with a sentence from the line before: its start is no paragraph's.
        reader.Candidate(contentStart, paragraph: !char.IsLower(text[contentStart]));
        int mark = NextMark(span, reader.PieceStart);
        int gap = NextGap(span, reader.PieceStart);
        while (mark >= 0 || gap >= 0 || nextHeading < headings.Count)
        {
            int heading = nextHeading < headings.Count ? headings[nextHeading] : int.MaxValue;
            if (heading < (mark < 0 ? int.MaxValue : mark) && heading < (gap < 0 ? int.MaxValue : gap))
            {
                // A heading after a word, with neither a full stop nor a gap before it ("Medicine CLINICAL CASE SUMMARY").
                nextHeading++;
                if (heading > reader.PieceStart)
                {
                    reader.Candidate(heading, paragraph: false, sentenceStart: false);
                }
            }
            else if (gap >= 0 && (mark < 0 || gap < mark))
            {
                int next = SkipSpace(span, gap);
                reader.Candidate(next, paragraph: true);
                gap = NextGap(span, next);
            }
            else
            {
                reader.Mark(mark);
                mark = NextMark(span, mark + 1);
            }

            // A heading or a sentence of the form may have taken the text past the next marks.
            if (mark >= 0 && mark < reader.PieceStart)
            {
                mark = NextMark(span, reader.PieceStart);
            }

            if (gap >= 0 && gap < reader.PieceStart)
            {
                gap = NextGap(span, reader.PieceStart);
            }
        }

        reader.Emit(contentEnd);
    }

    // Where a heading's first word starts a word, in capitals; the classifier decides whether the heading is there.
    private static List<int> HeadingStarts(ReadOnlySpan<char> span, int from, BaselineLineClassifier classifier)
    {
        var starts = new List<int>();
        foreach (string word in classifier.HeadingFirstWords)
        {
            for (int at = from; at < span.Length;)
            {
                int found = span[at..].IndexOf(word, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                at += found;
                if (at > from && CharSets.IsSpace(span[at - 1]))
                {
                    starts.Add(at);
                }

                at += word.Length;
            }
        }

        starts.Sort();
        return starts;
    }

    private static int NextMark(ReadOnlySpan<char> span, int from)
    {
        int found = from < span.Length ? span[from..].IndexOfAny(Marks) : -1;
        return found < 0 ? -1 : from + found;
    }

    private static int NextGap(ReadOnlySpan<char> span, int from)
    {
        int found = from < span.Length ? span[from..].IndexOf("  ", StringComparison.Ordinal) : -1;
        return found < 0 ? -1 : from + found;
    }

    private static int SkipSpace(ReadOnlySpan<char> span, int from)
    {
        int found = span[from..].IndexOfAnyExcept(CharSets.InlineSpace);
        return found < 0 ? span.Length : from + found;
    }

    private sealed class Reader(string text, int lineStart, int contentStart, int contentEnd, int number, BaselineLineClassifier classifier, LineTokens tokens)
    {
        private int _tokenStart = lineStart;
        private int _paragraph = -1;
        private int _sentence = -1;
        private readonly List<int> _sentences = [];

        public int PieceStart { get; private set; } = contentStart;

        // A full stop or a colon at `mark`.
        public void Mark(int mark)
        {
            var span = text.AsSpan(0, contentEnd);
            int next = SkipSpace(span, mark + 1);
            if (span[mark] == '.')
            {
                // "review.IMR": a line end without its space; "2.5 mg" and "e.g." are no sentence end.
                bool glued = next == mark + 1;
                if (next < span.Length && (glued ? char.IsUpper(span[next]) && mark > 0 && char.IsLetterOrDigit(span[mark - 1]) : true))
                {
                    Candidate(next, paragraph: false);
                }

                return;
            }

            int label = classifier.LabelEndingAt(span[PieceStart..(mark + 1)]);
            if (label > 0)
            {
                Break(PieceStart + label);
                return;
            }

            if (next < span.Length && classifier.DecisionWordAt(span[next..]) is int word and > 0)
            {
                int request = _sentence > _paragraph && char.IsUpper(span[_sentence]) ? _sentence
                    : _paragraph >= 0 ? _paragraph : _sentence >= 0 ? _sentence : PieceStart;
                Break(PartialAuthorizationStart(span, request, mark));
                Break(next + word);
                return;
            }

            Candidate(next, paragraph: false, sentenceStart: false);
        }

        // "X was the original request. Y was authorized ... The original request, Z is: Upheld" is one
        // head of several sentences, as ItemHeads takes it from lines: it starts at the sentence
        // that says which request was the original one.
        private int PartialAuthorizationStart(ReadOnlySpan<char> span, int request, int colon)
        {
            if (!Phrase.Contains(span[request..colon], "original request,") || Phrase.Contains(span[request..colon], "was the original request"))
            {
                return request;
            }

            for (int k = _sentences.Count - 1; k >= 0 && _sentences.Count - k <= MaxPartialAuthorizationSentences; k--)
            {
                if (_sentences[k] < request && Phrase.Contains(span[_sentences[k]..colon], "was the original request"))
                {
                    return _sentences[k];
                }
            }

            return request;
        }

        // Text that starts at `at` after a sentence's end, a colon or a gap.
        public void Candidate(int at, bool paragraph, bool sentenceStart = true)
        {
            var span = text.AsSpan(0, contentEnd);
            if (at >= span.Length)
            {
                return;
            }

            int rule = classifier.MatchRuleAt(span[at..], out int length);
            if (rule < 0)
            {
                if (paragraph)
                {
                    _paragraph = at;
                }
                else if (sentenceStart)
                {
                    _sentence = at;
                }

                if (paragraph || sentenceStart)
                {
                    _sentences.Add(at);
                }

                return;
            }

            Break(at);
            switch (classifier.Rules[rule].Kind)
            {
                case LineKind.Heading:
                    // The heading's line ended after it; what follows starts a line of its own.
                    Break(at + length);
                    Candidate(SkipSpace(span, at + length), paragraph: true);
                    break;
                case LineKind.Boilerplate:
                    int end = span[(at + length)..].IndexOfAny(Marks);
                    if (end >= 0)
                    {
                        Break(at + length + end + 1);
                    }

                    break;
            }
        }

        // Ends the current token before `at`; the next starts there.
        public void Break(int at)
        {
            if (at <= PieceStart)
            {
                return;
            }

            Emit(at);
            PieceStart = at;
            _tokenStart = at;
            _paragraph = -1;
            _sentence = -1;
            _sentences.Clear();
        }

        public void Emit(int end)
        {
            var piece = text.AsSpan(PieceStart, end - PieceStart);
            int first = piece.IndexOfAnyExcept(CharSets.InlineSpace);
            if (first < 0)
            {
                return;
            }

            int last = piece.LastIndexOfAnyExcept(CharSets.InlineSpace);
            tokens.AddLine(classifier.Classify(text, new Line(_tokenStart, PieceStart + first, last - first + 1, number)));
        }
    }
}
