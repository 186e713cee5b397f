using System.Buffers;
using System.Collections.Immutable;
using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>
/// The header table's grammar (<see cref="HeaderGrammar"/>) for one ordered list of
/// <see cref="HeaderLabel"/>s: the text is a run of words between white space; at each word the
/// first label whose phrase matches wins (so a label must come before any shorter label it starts
/// with: "Application Received:" before "Application"), then "Received:", else the word is a value.
/// Immutable and thread-safe; each <see cref="ImrParser"/> holds its own (<see cref="ImrParser.HeaderTable"/>).
/// </summary>
internal sealed class HeaderTableGrammar
{
    private const string Continuation = "Received:";

    // For each ASCII character a word can start with, the labels to try there, in order: those whose
    // phrase starts with it (either case) and those that start with no ASCII letter or digit, which
    // alone are tried at a word that starts past ASCII. Most words are values and meet no label.
    private readonly int[][] _labelsByFirst;
    private readonly int[] _labelsAnywhere;

    /// <summary>Makes the grammar of <paramref name="labels"/>, tried in order.</summary>
    /// <exception cref="ArgumentException">The list holds null or a label without a phrase.</exception>
    public HeaderTableGrammar(IEnumerable<HeaderLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Labels = [.. labels];
        if (Labels.Any(label => label is null || string.IsNullOrEmpty(label.Phrase)))
        {
            throw new ArgumentException("The header labels must not contain null or a label without a phrase.", nameof(labels));
        }

        char[] firstLetters = [.. Labels.Select(label => char.IsAsciiLetterOrDigit(label.Phrase[0]) ? CharSets.ToLowerAscii(label.Phrase[0]) : '\0')];
        _labelsAnywhere = [.. Enumerable.Range(0, firstLetters.Length).Where(i => firstLetters[i] == '\0')];
        _labelsByFirst = new int[128][];
        for (int c = 0; c < _labelsByFirst.Length; c++)
        {
            char first = CharSets.ToLowerAscii((char)c);
            _labelsByFirst[c] = [.. Enumerable.Range(0, firstLetters.Length).Where(i => firstLetters[i] == '\0' || firstLetters[i] == first)];
        }
    }

    /// <summary>The grammar of <see cref="HeaderGrammar.Labels"/>, which the default parser uses.</summary>
    public static HeaderTableGrammar Default { get; } = new(HeaderGrammar.Labels);

    /// <summary>The labels, in the order they are tried.</summary>
    public ImmutableArray<HeaderLabel> Labels { get; }

    /// <summary>
    /// The table's tokens in reading order, read from <paramref name="text"/> between
    /// <paramref name="start"/> and <paramref name="end"/>, with offsets into <paramref name="text"/>.
    /// </summary>
    public ImmutableArray<HeaderToken> Read(string text, int start, int end)
    {
        var tokens = ArrayPool<HeaderToken>.Shared.Rent(64);
        int count = Read(text, start, end, ref tokens);
        var result = ImmutableArray.Create(tokens.AsSpan(0, count));
        ArrayPool<HeaderToken>.Shared.Return(tokens, clearArray: true);
        return result;
    }

    /// <summary>
    /// <see cref="Read(string, int, int)"/> into <paramref name="tokens"/>, a buffer rented from
    /// <see cref="ArrayPool{T}.Shared"/> and replaced by a larger one when full; returns the count.
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
        char first = rest[0];
        foreach (int i in first < _labelsByFirst.Length ? _labelsByFirst[first] : _labelsAnywhere)
        {
            var label = Labels[i];
            int length = Phrase.MatchLength(rest, label.Phrase);
            if (length >= 0)
            {
                return new HeaderToken(HeaderTokenKind.Label, label, at, at + length);
            }
        }

        int continuation = CharSets.ToLowerAscii(first) == 'r' ? Phrase.MatchLength(rest, Continuation) : -1;
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
