namespace ImrParsing.Semantics;

/// <summary>Places in a request's tokens, read as its words: the rules' cursor.</summary>
internal static partial class QuantityReader
{
    /// <summary>
    /// A place in the request's tokens: <see cref="Offset"/> characters into token
    /// <see cref="Index"/>'s characters (a number may end inside one: the "2" of "2x4"). A token's
    /// end is a place only where white space follows (the one space between two words); elsewhere
    /// it is the next token's start, and past the last token, <c>(Count, 0)</c>.
    /// </summary>
    private readonly record struct Place(int Index, int Offset) : IComparable<Place>
    {
        /// <summary>No place: a rule that did not match.</summary>
        public static readonly Place None = new(-1, 0);

        public bool Found => Index >= 0;

        public int CompareTo(Place other) => Index != other.Index ? Index.CompareTo(other.Index) : Offset.CompareTo(other.Offset);

        public static bool operator <(Place left, Place right) => left.CompareTo(right) < 0;

        public static bool operator >(Place left, Place right) => left.CompareTo(right) > 0;

        public static bool operator <=(Place left, Place right) => left.CompareTo(right) <= 0;

        public static bool operator >=(Place left, Place right) => left.CompareTo(right) >= 0;
    }

    /// <summary>
    /// How a phrase must start to match at a place, as <see cref="Reading.Phrase(Place, string)"/> reads it: with
    /// <see cref="First"/>, the character there; or, at the space between two words
    /// (<see cref="Spaced"/>), with a space and then <see cref="Next"/>, the next word's first
    /// character ('\0' past the last word). Read once for a list of phrases, it rules most of them
    /// out without reading the words again.
    /// </summary>
    private readonly record struct PhraseStart(char First, bool Spaced, char Next)
    {
        /// <summary>False when <paramref name="phrase"/> cannot match here.</summary>
        public bool Admits(string phrase) =>
            phrase.Length == 0 || (Spaced
                ? phrase[0] == ' ' && (phrase.Length == 1 || ImrParsing.Text.Phrase.EqualsIgnoreAsciiCase(Next, phrase[1]))
                : ImrParsing.Text.Phrase.EqualsIgnoreAsciiCase(First, phrase[0]));
    }

    /// <summary>Moving along the request's tokens a word's character, or the space between two words, at a time.</summary>
    private readonly ref partial struct Reading
    {
        public Place End => new(_words.Count, 0);

        public bool AtEnd(Place at) => at.Index >= _words.Count;

        // The character at a place: ' ' between two words, '\0' past the last one.
        public char Char(Place at)
        {
            if (at.Index >= _words.Count)
            {
                return '\0';
            }

            var chars = _words.Chars(at.Index);
            return at.Offset < chars.Length ? chars[at.Offset] : ' ';
        }

        // The place after the character or space at `at`.
        public Place Next(Place at)
        {
            int length = Length(at.Index);
            return at.Offset + 1 < length || (at.Offset < length && _words.SpaceBefore(at.Index + 1)) ? new(at.Index, at.Offset + 1) : new(at.Index + 1, 0);
        }

        // A place `length` characters into token `index` (its end, a space or the next token's start).
        public Place PlaceIn(int index, int length) => Normal(new(index, length));

        // What is left of a word from `at`: empty at a space or past the last token.
        public ReadOnlySpan<char> Rest(Place at) => at.Index < _words.Count ? _words.Chars(at.Index)[at.Offset..] : [];

        // Past the space at `at`, if there is one.
        public Place Space(Place at) => at.Index < _words.Count && at.Offset >= Length(at.Index) ? new(at.Index + 1, 0) : at;

        public int Length(int index) => _words.Chars(index).Length;

        // How a phrase must start at `at`: a token's end with no space after it reads on into the next token.
        public PhraseStart StartAt(Place at)
        {
            for (; at.Index < _words.Count; at = new(at.Index + 1, 0))
            {
                var chars = _words.Chars(at.Index);
                if (at.Offset < chars.Length)
                {
                    return new PhraseStart(chars[at.Offset], false, '\0');
                }

                if (_words.SpaceBefore(at.Index + 1))
                {
                    return new PhraseStart(' ', true, at.Index + 1 < _words.Count ? _words.Chars(at.Index + 1)[0] : '\0');
                }
            }

            return new PhraseStart('\0', false, '\0');
        }

        private Place Normal(Place at) =>
            at.Offset >= Length(at.Index) && !_words.SpaceBefore(at.Index + 1) ? new(at.Index + 1, 0) : at;
    }
}
