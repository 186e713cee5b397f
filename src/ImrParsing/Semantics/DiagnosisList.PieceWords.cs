using System.Buffers;
using System.Collections.Frozen;
using ImrParsing.Lexing;

namespace ImrParsing.Semantics;

internal static partial class DiagnosisList
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Anatomy = AnatomyWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Qualifiers = QualifierWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Injuries = InjuryWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Preposition = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

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
            int capacity = 0;
            for (int t = piece.First; t <= piece.Last; t++)
            {
                capacity += text.Chars(t).Length;
            }

            char[] buffer = ArrayPool<char>.Shared.Rent(capacity);
            var words = new Builder();
            int length = 0;
            for (int t = piece.First; t <= piece.Last + 1; t++)
            {
                if (t == piece.Last + 1 || (t > piece.First && text.Tokens[t].SpaceBefore))
                {
                    var word = buffer.AsSpan(0, length).Trim(Marks);
                    if (word.Length > 0 && !word.Equals("the", StringComparison.OrdinalIgnoreCase))
                    {
                        words.Add(word);
                    }

                    length = 0;
                }

                if (t <= piece.Last)
                {
                    var chars = text.Chars(t);
                    chars.CopyTo(buffer.AsSpan(length));
                    length += chars.Length;
                }
            }

            ArrayPool<char>.Shared.Return(buffer);
            return words.Result;
        }

        // "strain", "sprain/strain".
        private static bool IsInjury(ReadOnlySpan<char> word)
        {
            foreach (var part in word.Split('/'))
            {
                if (!Injuries.Contains(word[part]))
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
                bool anatomy = Anatomy.Contains(word);
                bool qualifier = Qualifiers.Contains(word);
                bool injury = IsInjury(word);
                bool first = _words.Count == 0;
                _words = _words with
                {
                    Count = _words.Count + 1,
                    AllBodyParts = (first || _words.AllBodyParts) && (anatomy || qualifier),
                    AllQualifiers = (first || _words.AllQualifiers) && qualifier,
                    AllInjuries = (first || _words.AllInjuries) && injury,
                    FirstIsConjunction = first ? word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase) : _words.FirstIsConjunction,
                    FirstIsInjury = first ? injury : _words.FirstIsInjury,
                    StartsWithBodyPartAndPreposition = _words.Count == 1 ? _firstIsAnatomy && Preposition.Contains(word) : _words.StartsWithBodyPartAndPreposition,
                    SecondIsWith = _words.Count == 1 ? word.Equals("with", StringComparison.OrdinalIgnoreCase) : _words.SecondIsWith,
                    LastIsAnatomy = anatomy,
                    LastIsInjury = injury,
                };
                _firstIsAnatomy = first ? anatomy : _firstIsAnatomy;
            }
        }
    }
}
