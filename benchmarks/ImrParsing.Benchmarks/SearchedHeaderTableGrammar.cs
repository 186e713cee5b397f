using System.Buffers;
using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// <see cref="HeaderTableGrammar"/> as it was before it stepped over spaces and words a character at
/// a time: a vectorized search for the end of each (the baseline of `HeaderTableParserBenchmarks`,
/// shared as source with the tests). The header table's grammar for one ordered list of
/// <see cref="HeaderLabel"/>s: the text is a run of words between white space; at each word the
/// first label whose phrase matches wins (so a label must come before any shorter label it starts
/// with: "Application Received:" before "Application"), then "Received:", else the word is a value.
/// Immutable and thread-safe.
/// </summary>
internal sealed class SearchedHeaderTableGrammar
{
    private const string Continuation = "Received:";

    // Each label's first character, an ASCII letter folded to lower case ('\0' where it is no ASCII
    // letter or digit): a word that starts otherwise is not tried against the label's whole phrase.
    private readonly char[] _firstLetters;

    /// <summary>Makes the grammar of <paramref name="labels"/>, tried in order.</summary>
    /// <exception cref="ArgumentException">The list holds null or a label without a phrase.</exception>
    public SearchedHeaderTableGrammar(IEnumerable<HeaderLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Labels = [.. labels];
        if (Labels.Any(label => label is null || string.IsNullOrEmpty(label.Phrase)))
        {
            throw new ArgumentException("The header labels must not contain null or a label without a phrase.", nameof(labels));
        }

        _firstLetters = [.. Labels.Select(label => char.IsAsciiLetterOrDigit(label.Phrase[0]) ? CharSets.ToLowerAscii(label.Phrase[0]) : '\0')];
    }

    /// <summary>The labels, in the order they are tried.</summary>
    public ImmutableArray<HeaderLabel> Labels { get; }

    /// <summary>
    /// The table's tokens in reading order, read from <paramref name="text"/> between
    /// <paramref name="start"/> and <paramref name="end"/> into <paramref name="tokens"/>, a buffer
    /// replaced by a larger one from <see cref="ArrayPool{T}.Shared"/> when full; returns the count.
    /// </summary>
    internal int Read(string text, int start, int end, ref HeaderToken[] tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = text.AsSpan(0, end);
        int count = 0;
        int at = SkipSpace(table, start);
        while (at < end)
        {
            var token = TokenAt(table, at);
            if (count == tokens.Length)
            {
                var larger = ArrayPool<HeaderToken>.Shared.Rent(count * 2);
                tokens.AsSpan(0, count).CopyTo(larger);
                ArrayPool<HeaderToken>.Shared.Return(tokens);
                tokens = larger;
            }

            tokens[count++] = token;
            at = SkipSpace(table, token.End);
        }

        return count;
    }

    private HeaderToken TokenAt(ReadOnlySpan<char> table, int at)
    {
        var rest = table[at..];
        char first = CharSets.ToLowerAscii(rest[0]);
        for (int i = 0; i < Labels.Length; i++)
        {
            if (_firstLetters[i] != '\0' && _firstLetters[i] != first)
            {
                continue;
            }

            var label = Labels[i];
            int length = Phrase.MatchLength(rest, label.Phrase);
            if (length >= 0)
            {
                return new HeaderToken(HeaderTokenKind.Label, label, at, at + length);
            }
        }

        int continuation = Phrase.MatchLength(rest, Continuation);
        if (continuation >= 0)
        {
            return new HeaderToken(HeaderTokenKind.LabelContinuation, null, at, at + continuation);
        }

        int word = rest.IndexOfAny(CharSets.AnySpace);
        return new HeaderToken(HeaderTokenKind.Value, null, at, word < 0 ? table.Length : at + word);
    }

    private static int SkipSpace(ReadOnlySpan<char> table, int at)
    {
        int length = table[at..].IndexOfAnyExcept(CharSets.AnySpace);
        return length < 0 ? table.Length : at + length;
    }
}
