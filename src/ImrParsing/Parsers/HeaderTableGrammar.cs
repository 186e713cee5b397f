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

    // Each label's first character, an ASCII letter folded to lower case ('\0' where it is no ASCII
    // letter or digit): a word that starts otherwise is not tried against the label's whole phrase.
    private readonly char[] _firstLetters;

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

        _firstLetters = [.. Labels.Select(label => char.IsAsciiLetterOrDigit(label.Phrase[0]) ? CharSets.ToLowerAscii(label.Phrase[0]) : '\0')];
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

        int end = at + 1;
        while (end < table.Length && !CharSets.IsSpace(table[end]))
        {
            end++;
        }

        return new HeaderToken(HeaderTokenKind.Value, null, at, end);
    }

    // A character at a time: a table's words and spaces are a few characters long, shorter than a
    // vectorized search takes to set up.
    private static int SkipSpace(ReadOnlySpan<char> table, int at)
    {
        while (at < table.Length && CharSets.IsSpace(table[at]))
        {
            at++;
        }

        return at;
    }
}
