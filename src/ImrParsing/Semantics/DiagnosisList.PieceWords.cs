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

        // A piece's characters, read on the stack up to this length.
        private const int StackLength = 256;

        public static PieceWords Of(LexedText text, (int First, int Last) piece)
        {
            int capacity = 0;
            for (int t = piece.First; t <= piece.Last; t++)
            {
                capacity += text.Chars(t).Length;
            }

            char[]? rented = capacity > StackLength ? ArrayPool<char>.Shared.Rent(capacity) : null;
            Span<char> buffer = rented ?? stackalloc char[StackLength];
            var words = new Builder();
            int length = 0;
            for (int t = piece.First; t <= piece.Last + 1; t++)
            {
                if (t == piece.Last + 1 || (t > piece.First && text.Tokens[t].SpaceBefore))
                {
                    var word = buffer[..length].Trim(Marks);
                    if (word.Length > 0 && !word.Equals("the", StringComparison.OrdinalIgnoreCase))
                    {
                        words.Add(word);
                    }

                    length = 0;
                }

                if (t <= piece.Last)
                {
                    var chars = text.Chars(t);
                    chars.CopyTo(buffer[length..]);
                    length += chars.Length;
                }
            }

            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
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
}
