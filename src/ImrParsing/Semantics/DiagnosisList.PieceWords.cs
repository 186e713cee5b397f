using System.Buffers;
using System.Collections.Frozen;
using ImrParsing.Lexing;

namespace ImrParsing.Semantics;

internal static partial class DiagnosisList
{
    // Each word of the sets with the sets it is in, so that a word is looked up once.
    private static readonly FrozenDictionary<string, WordSets>.AlternateLookup<ReadOnlySpan<char>> Sets = BuildSets();

    [Flags]
    private enum WordSets : byte
    {
        None = 0,
        Anatomy = 1,
        Qualifier = 2,
        Injury = 4,
        Preposition = 8,
    }

    private static WordSets SetsOf(ReadOnlySpan<char> word) => Sets.TryGetValue(word, out var sets) ? sets : WordSets.None;

    private static FrozenDictionary<string, WordSets>.AlternateLookup<ReadOnlySpan<char>> BuildSets()
    {
        var sets = new Dictionary<string, WordSets>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, set) in (ReadOnlySpan<(FrozenSet<string>, WordSets)>)
                 [(AnatomyWords, WordSets.Anatomy), (QualifierWords, WordSets.Qualifier), (InjuryWords, WordSets.Injury), (Prepositions, WordSets.Preposition)])
        {
            foreach (string word in words)
            {
                sets[word] = sets.GetValueOrDefault(word) | set;
            }
        }

        return sets.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// What the joining rules ask of a piece's words: its words as written between spaces
    /// ("sprain/strain" is one), without the marks around them and without "the", read once, with
    /// nothing allocated.
    /// </summary>
    private readonly record struct PieceWords(
        int Count,
        bool AllBodyParts,
        bool AllQualifiers,
        bool AllInjuries,
        bool FirstIsConjunction,
        bool FirstIsInjury,
        bool StartsWithBodyPartAndPreposition,
        bool SecondIsWith,
        bool LastIsAnatomy,
        bool LastIsInjury)
    {
        private const string Marks = "\"'()[]/,.";

        public static PieceWords Of(LexedText text, (int First, int Last) piece)
        {
            var words = new Builder();
            var spans = new PieceWordSpans(text, piece);
            try
            {
                while (spans.Next(out var written))
                {
                    var word = written.Trim(Marks);
                    if (word.Length > 0 && !word.Equals("the", StringComparison.OrdinalIgnoreCase))
                    {
                        words.Add(word);
                    }
                }
            }
            finally
            {
                spans.Dispose();
            }

            return words.Result;
        }

        // "strain", "sprain/strain".
        private static bool IsInjury(ReadOnlySpan<char> word, WordSets sets)
        {
            if (!word.Contains('/'))
            {
                return (sets & WordSets.Injury) != 0;
            }

            foreach (var part in word.Split('/'))
            {
                if ((SetsOf(word[part]) & WordSets.Injury) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        private struct Builder
        {
            private PieceWords _words;
            private bool _firstIsAnatomy;

            public readonly PieceWords Result => _words;

            public void Add(ReadOnlySpan<char> word)
            {
                var sets = SetsOf(word);
                bool anatomy = (sets & WordSets.Anatomy) != 0;
                bool qualifier = (sets & WordSets.Qualifier) != 0;
                bool injury = IsInjury(word, sets);
                bool first = _words.Count == 0;
                _words = _words with
                {
                    Count = _words.Count + 1,
                    AllBodyParts = (first || _words.AllBodyParts) && (anatomy || qualifier),
                    AllQualifiers = (first || _words.AllQualifiers) && qualifier,
                    AllInjuries = (first || _words.AllInjuries) && injury,
                    FirstIsConjunction = first ? word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase) : _words.FirstIsConjunction,
                    FirstIsInjury = first ? injury : _words.FirstIsInjury,
                    StartsWithBodyPartAndPreposition = _words.Count == 1 ? _firstIsAnatomy && (sets & WordSets.Preposition) != 0 : _words.StartsWithBodyPartAndPreposition,
                    SecondIsWith = _words.Count == 1 ? word.Equals("with", StringComparison.OrdinalIgnoreCase) : _words.SecondIsWith,
                    LastIsAnatomy = anatomy,
                    LastIsInjury = injury,
                };
                _firstIsAnatomy = first ? anatomy : _firstIsAnatomy;
            }
        }
    }

    /// <summary>
    /// The words of a piece as written between spaces, each its tokens' characters: a word of one
    /// token, or of tokens whose characters are the source's one after another, read in place;
    /// only a word holding a token joined at a line-end hyphen is copied.
    /// </summary>
    internal ref struct PieceWordSpans
    {
        private readonly LexedText _text;
        private readonly int _last;
        private int _next;
        private char[]? _copy;

        /// <summary>Reads the tokens <paramref name="piece"/> of <paramref name="text"/>, first to last.</summary>
        public PieceWordSpans(LexedText text, (int First, int Last) piece)
        {
            _text = text;
            _next = piece.First;
            _last = piece.Last;
        }

        /// <summary>The next word, or false past the piece's last token; a word read stays valid until the next.</summary>
        public bool Next(out ReadOnlySpan<char> word)
        {
            if (_next > _last)
            {
                word = default;
                return false;
            }

            int first = _next;
            int end = first + 1;
            while (end <= _last && !_text.Tokens[end].SpaceBefore)
            {
                end++;
            }

            _next = end;
            word = end == first + 1 ? _text.Chars(first) : Word(first, end);
            return true;
        }

        /// <summary>Returns the buffer a copied word was read into.</summary>
        public readonly void Dispose()
        {
            if (_copy is not null)
            {
                ArrayPool<char>.Shared.Return(_copy);
            }
        }

        private ReadOnlySpan<char> Word(int first, int end)
        {
            var source = _text.Text;
            int start = _text.Tokens[first].Start;
            int at = start;
            int length = 0;
            for (int t = first; t < end; t++)
            {
                var chars = _text.Chars(t);
                length += chars.Length;
                if (at >= 0 && _text.Tokens[t].Start == at && chars.Overlaps(source[at..], out int offset) && offset == 0)
                {
                    at += chars.Length;
                }
                else
                {
                    at = -1;
                }
            }

            if (at >= 0)
            {
                return source[start..at];
            }

            if (_copy is null || _copy.Length < length)
            {
                if (_copy is not null)
                {
                    ArrayPool<char>.Shared.Return(_copy);
                }

                _copy = ArrayPool<char>.Shared.Rent(length);
            }

            int copied = 0;
            for (int t = first; t < end; t++)
            {
                var chars = _text.Chars(t);
                chars.CopyTo(_copy.AsSpan(copied));
                copied += chars.Length;
            }

            return _copy.AsSpan(0, copied);
        }
    }
}
