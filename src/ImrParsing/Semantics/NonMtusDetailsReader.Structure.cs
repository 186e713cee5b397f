using System.Globalization;
using ImrParsing.Lexing;
using ImrParsing.Parsers;

namespace ImrParsing.Semantics;

/// <summary>
/// The structure of the free text, where it has one: the guideline's name ("Official Disability
/// Guidelines (ODG)", "ACOEM", "the FDA"), the edition's year (", 2016"), the chapter ("Low Back
/// Chapter", "Pain (Chronic)", "Forearm, Wrist, &amp; Hand (Acute &amp; Chronic)"), the update date
/// ("(updated 10/31/16)") and the topics after them ("Opioids, criteria for use"). ODG's chapters
/// are those of its published list (<see cref="NonMtusNames.OdgChapters"/>). Three forms, tried in
/// order: ODG's name and a topic before a chapter that ends the citation ("ODG acupuncture, low
/// back chapter"); another guideline's name, year and topics; ODG's name, edition, year, chapter,
/// update date and topics, each where written (ODG's chapter is read alone where the citation starts with it).
/// </summary>
internal ref partial struct NonMtusDetailsReader
{
    private static readonly TokenPhraseList OdgChapters = new(NonMtusNames.WithVariants(NonMtusNames.OdgChapters));

    private static readonly TokenPhraseList OdgNames = new(NonMtusNames.WithVariants(NonMtusNames.OdgNames));

    private static readonly TokenPhraseList OtherNames = new(NonMtusNames.WithVariants(NonMtusNames.OtherNames));

    // The words a chapter's qualifier starts with: " (Acute & Chronic)", " (Thoracic and Lumbar, ...)", " (trauma, headaches, etc.)".
    private static readonly string[] QualifierWords = ["Acute", "Chronic", "Thoracic", "Lumbar", "trauma"];

    private static readonly string[] UpdatedWord = ["updated"];

    private static readonly TokenPhrase OnlineVersion = new("(Online Version)");

    private static readonly TokenPhrase WorkLossDataInstitute = new("Work Loss Data Institute");

    // The longest topic before a chapter that ends the citation, and the longest edition's note, in characters.
    private const int MaxTopicLength = 120;

    private const int MaxEditionNoteLength = 40;

    // The structure of the text; its topics are read into `topics`, emptied for each try.
    private readonly Structure ReadStructure(List<Piece> topics)
    {
        var read = Structure.Fresh(topics);
        if (TopicThenChapter(ref read))
        {
            return read;
        }

        read = Structure.Fresh(topics);
        if (OtherGuideline(ref read))
        {
            return read;
        }

        read = Structure.Fresh(topics);
        return OdgCitation(ref read) ? read : Structure.Fresh(topics);
    }

    // "Official Disability Guidelines (ODG) physical therapy, elbow chapter": the topic before the chapter.
    private readonly bool TopicThenChapter(ref Structure read)
    {
        int past = OdgNames.Match(_text, 0);
        if (past < 0)
        {
            return false;
        }

        int at = Edition(Before(past));
        int year = YearAfter(at, out _, out _);
        at = year >= 0 ? year : at;
        int topicStart = Separator(at);
        if (topicStart < 0 || OdgChapter(topicStart, out _) >= 0)
        {
            return false;
        }

        int first = topicStart >> 1;
        int length = 0;
        for (int i = first; i < Count; i++)
        {
            length += i > first && _tokens[i].SpaceBefore ? 1 : 0;
            if (length > MaxTopicLength)
            {
                return false;
            }

            if (EndsWithChapter(i) && OdgChapter(Start(i + 1), out var chapter) >= 0)
            {
                read.Title = new Piece(0, past - 1);
                read.ChapterName = chapter;
                read.AddTopic(new Piece(first, i - 1));
                return true;
            }

            length += CharCount(i);
        }

        return false;
    }

    // ", elbow chapter", "/Preface": a chapter named after the topic at token `i`, where the citation ends.
    private readonly bool EndsWithChapter(int i)
    {
        if (_text.IsMark(i, ',') && SpaceAfter(i))
        {
            int past = OdgChapters.Match(_text, i + 1);
            if (past < 0)
            {
                return false;
            }

            int qualified = Qualifier(Before(past));
            int word = qualified == Consumed ? -1 : ChapterWord(qualified >= 0 ? qualified : Before(past));
            return word >= 0 && IsEnd(FullStopOptional(word));
        }

        if (_text.IsMark(i, '/'))
        {
            int end = OdgChapter(Start(i + 1), out _);
            return end >= 0 && IsEnd(FullStopOptional(end));
        }

        return false;
    }

    private readonly int FullStopOptional(int at) => !AtSpace(at) && _text.IsMark(at >> 1, '.') ? Before((at >> 1) + 1) : at;

    // "ACOEM Practice Guidelines, 2004, Chapter 7": another guideline's name, year and topics.
    private readonly bool OtherGuideline(ref Structure read)
    {
        int past = OtherNames.Match(_text, 0);
        if (past < 0)
        {
            return false;
        }

        read.Title = new Piece(0, past - 1);
        int at = YearAfter(Before(past), out int year, out int yearToken);
        if (at >= 0)
        {
            read.Year = (year, yearToken);
        }
        else
        {
            at = Before(past);
        }

        return TopicsAfter(at, ref read) != Consumed;
    }

    // "Official Disability Guidelines (ODG), 2015, Low Back (Acute & Chronic) Chapter (updated 10/31/16), Lumbar supports".
    private readonly bool OdgCitation(ref Structure read)
    {
        int at = Start(0);
        int past = OdgNames.Match(_text, 0);
        if (past >= 0)
        {
            read.Title = new Piece(0, past - 1);
            at = Before(past);
        }

        at = Edition(at);
        int afterYear = YearAfter(at, out int year, out int yearToken);
        if (afterYear >= 0)
        {
            read.Year = (year, yearToken);
            at = afterYear;
        }

        at = Edition(at);
        int chapterStart = Separator(at);
        chapterStart = chapterStart >= 0 ? chapterStart : at;
        if (!AtSpace(chapterStart) && ChapterLabel(chapterStart >> 1) is int label and >= 0)
        {
            chapterStart = Start(label);
        }

        int afterChapter = OdgChapter(chapterStart, out var chapter);
        if (afterChapter >= 0)
        {
            read.ChapterName = chapter;
            at = afterChapter;
        }

        int afterUpdate = Updated(at, out var date, out var dated);
        if (afterUpdate == Consumed)
        {
            return false;
        }

        if (afterUpdate >= 0)
        {
            read.Updated = (date, dated);
            at = afterUpdate;
        }

        return TopicsAfter(at, ref read) != Consumed;
    }

    // "Chapter: Low Back": the label a letter may put before the chapter's name; the token after it, or -1.
    private readonly int ChapterLabel(int i) => _text.IsWord(i, "Chapter") && _text.IsMark(i + 1, ':') ? i + 2 : -1;

    // What stands between the parts: ", ", ": ", " - ", " – ", "; ", "/ ", "/" or a space. The position after it, or -1.
    private readonly int Separator(int at)
    {
        int i = at >> 1;
        if (i >= Count)
        {
            return -1;
        }

        if (AtSpace(at))
        {
            // " - ", " – ", or the space alone (" : " is a space, then ": ").
            return (_text.IsMark(i, '-') || _text.IsMark(i, '\u2013')) && SpaceAfter(i) ? Start(i + 1) : Start(i);
        }

        if ((_text.IsMark(i, ',') || _text.IsMark(i, ':') || _text.IsMark(i, ';') || _text.IsMark(i, '/')) && SpaceAfter(i))
        {
            return Start(i + 1);
        }

        return _text.IsMark(i, '/') ? Before(i + 1) : -1;
    }

    // An ODG chapter with its qualifier, the word "Chapter" and "(Online Version)" where written; the position after it.
    private readonly int OdgChapter(int at, out Piece chapter)
    {
        chapter = default;
        if (AtSpace(at))
        {
            return -1;
        }

        int first = at >> 1;
        int past = OdgChapters.Match(_text, first);
        if (past < 0)
        {
            return -1;
        }

        int end = Before(past);
        int qualified = Qualifier(end);
        if (qualified == Consumed)
        {
            return Consumed;
        }

        end = qualified >= 0 ? qualified : end;
        int word = ChapterWord(end);
        end = word >= 0 ? word : end;
        int online = OnlineVersion.Match(_text, end >> 1);
        end = online >= 0 ? Before(online) : end;
        chapter = new Piece(first, (end >> 1) - 1);
        return end;
    }

    // " (Acute & Chronic)": a bracket that opens with a qualifier's word, read to where it closes.
    private readonly int Qualifier(int at)
    {
        int open = at >> 1;
        if (!_text.IsMark(open, '(') || open + 1 >= Count || _tokens[open + 1].SpaceBefore || !StartsWithAny(_text.Chars(open + 1), QualifierWords))
        {
            return -1;
        }

        int close = Closing(open, int.MaxValue);
        return close >= 0 ? Before(close + 1) : Consumed;
    }

    // The ")" that closes the bracket at token `open` within `maxLength` characters, no bracket
    // opening before it; -1 where there is none.
    private readonly int Closing(int open, int maxLength)
    {
        long length = 0;
        for (int i = open + 1; i < Count; i++)
        {
            length += _tokens[i].SpaceBefore ? 1 : 0;
            if (length > maxLength || _text.IsMark(i, '('))
            {
                return -1;
            }

            if (_text.IsMark(i, ')'))
            {
                return i;
            }

            length += CharCount(i);
        }

        return -1;
    }

    // " Chapter", " Section": the word that names what precedes it a chapter ("Low Back Chapter", "Pain Section").
    private readonly int ChapterWord(int at)
    {
        int i = at >> 1;
        return _text.IsWord(i, "Chapter") || _text.IsWord(i, "Section") ? Before(i + 1) : -1;
    }

    // "14th Edition", "Work Loss Data Institute (21th Annual Edition)", "Web Version", each after a separator: read past.
    private readonly int Edition(int at)
    {
        while (true)
        {
            int next = Separator(at);
            int end = next >= 0 && !AtSpace(next) ? EditionWords(next >> 1) : -1;
            if (end < 0)
            {
                return at;
            }

            at = end;
        }
    }

    private readonly int EditionWords(int i)
    {
        int past = WorkLossDataInstitute.Match(_text, i);
        if (past >= 0)
        {
            if (!_text.IsMark(past, '('))
            {
                return Before(past);
            }

            int close = Closing(past, MaxEditionNoteLength);
            return close >= 0 ? Before(close + 1) : -1;
        }

        if (IsOrdinal(i))
        {
            if (_text.IsWord(i + 1, "Annual") && _tokens[i + 1].SpaceBefore && _text.IsWord(i + 2, "Edition") && _tokens[i + 2].SpaceBefore)
            {
                return Before(i + 3);
            }

            return _text.IsWord(i + 1, "Edition") && _tokens[i + 1].SpaceBefore ? Before(i + 2) : -1;
        }

        bool version = (_text.IsWord(i, "Web") || _text.IsWord(i, "Online")) && _text.IsWord(i + 1, "Version") && _tokens[i + 1].SpaceBefore;
        return version ? Before(i + 2) : -1;
    }

    // "14th", "21st": digits, then letters.
    private readonly bool IsOrdinal(int i)
    {
        if (i >= Count || _tokens[i].Kind != TokenKind.Mixed)
        {
            return false;
        }

        var chars = _text.Chars(i);
        int digits = chars.IndexOfAnyExceptInRange('0', '9');
        if (digits <= 0)
        {
            return false;
        }

        foreach (char c in chars[digits..])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // ", 2016": a separator and an edition's year (four digits from 1900 to 2099); the position after it, or -1.
    private readonly int YearAfter(int at, out int year, out int token)
    {
        year = 0;
        int next = Separator(at);
        token = next >> 1;
        if (next < 0 || AtSpace(next) || token >= Count || _tokens[token].Kind != TokenKind.Number)
        {
            return -1;
        }

        var digits = _text.Chars(token);
        if (digits.Length != 4 || !(digits.StartsWith("19") || digits.StartsWith("20")))
        {
            return -1;
        }

        year = int.Parse(digits, CultureInfo.InvariantCulture);
        return Before(token + 1);
    }

    // " (updated 10/31/16)", ", updated 12/20/16", or a numeric date alone (" 12/20/2016"): the date
    // the chapter was last updated, and the word "Chapter" after it, which belongs to the chapter.
    private readonly int Updated(int at, out DateOnly date, out Piece dated)
    {
        date = default;
        dated = default;
        int i = at >> 1;
        int word = AtSpace(at) ? i : _text.IsMark(i, ',') ? i + 1 : -1;
        bool bracket = word >= 0 && _text.IsMark(word, '(');
        word += bracket ? 1 : 0;
        int end;
        if (word >= 0 && word < Count && !(bracket && _tokens[word].SpaceBefore) && StartsWithAny(_text.Chars(word), UpdatedWord))
        {
            if (_text.Chars(word).Length != "updated".Length || !ReadDate(word + 1, out date, out int last))
            {
                return Consumed;
            }

            dated = new Piece(word + 1, last);
            end = Before(last + 1);
            end = _text.IsMark(last + 1, ')') && !_tokens[last + 1].SpaceBefore ? Before(last + 2) : end;
        }
        else if (AtSpace(at) && ReadNumeric(i, out date, out int last))
        {
            dated = new Piece(i, last);
            end = Before(last + 1);
        }
        else
        {
            return -1;
        }

        int chapterWord = ChapterWord(end);
        return chapterWord >= 0 ? chapterWord : end;
    }

    // A date as DateGrammar.Date reads one: "10/31/16", "12-20-2016", "10/14/ 2016", "March 18, 2013".
    private readonly bool ReadDate(int i, out DateOnly date, out int last)
    {
        date = default;
        last = i;
        if (i >= Count)
        {
            return false;
        }

        return _tokens[i].Kind == TokenKind.Number ? ReadNumeric(i, out date, out last) : ReadNamed(i, out date, out last);
    }

    private readonly bool ReadNumeric(int i, out DateOnly date, out int last)
    {
        date = default;
        last = i + 4;
        if (!IsNumber(i, 2) || !(Adjacent(i + 1, '/') || Adjacent(i + 1, '-')) || !IsNumber(i + 2, 2) || _tokens[i + 2].SpaceBefore
            || !Adjacent(i + 3, _text.Text[_tokens[i + 1].Start]) || !IsNumber(i + 4, int.MaxValue))
        {
            return false;
        }

        var made = DateGrammar.MakeDate(_text.Chars(i + 4), DateGrammar.Parse(_text.Chars(i)), DateGrammar.Parse(_text.Chars(i + 2)));
        date = made.GetValueOrDefault();
        return made.HasValue;
    }

    private readonly bool ReadNamed(int i, out DateOnly date, out int last)
    {
        date = default;
        int month = _tokens[i].Kind == TokenKind.Word ? WordKeys.Month(_tokens[i].Key) : 0;
        int at = Adjacent(i + 1, '.') ? i + 2 : i + 1;
        int day = at;
        int year = Adjacent(day + 1, ',') ? day + 2 : day + 1;
        last = year;
        if (month == 0 || !IsNumber(day, 2) || !IsNumber(year, 4) || _text.Chars(year).Length != 4)
        {
            return false;
        }

        var made = DateGrammar.MakeDate(int.Parse(_text.Chars(year), CultureInfo.InvariantCulture), month, DateGrammar.Parse(_text.Chars(day)));
        date = made.GetValueOrDefault();
        return made.HasValue;
    }

    private readonly bool IsNumber(int i, int maxDigits) =>
        i < Count && _tokens[i].Kind == TokenKind.Number && _text.Chars(i).Length <= maxDigits;

    private static bool StartsWithAny(ReadOnlySpan<char> chars, ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            if (chars.Length >= word.Length && System.Text.Ascii.EqualsIgnoreCase(chars[..word.Length], word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the structure of a free text names, each where written.</summary>
    private struct Structure
    {
        public Piece? Title;
        public (int Value, int Token)? Year;
        public Piece? ChapterName;
        public (DateOnly Date, Piece Piece)? Updated;
        public List<Piece> Topics;

        // A structure with nothing read, whose topics go into `topics`, emptied.
        public static Structure Fresh(List<Piece> topics)
        {
            topics.Clear();
            return new Structure { Topics = topics };
        }

        public readonly void AddTopic(Piece topic) => Topics.Add(topic);
    }
}
