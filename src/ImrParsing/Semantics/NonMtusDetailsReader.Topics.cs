using ImrParsing.Lexing;

namespace ImrParsing.Semantics;

/// <summary>
/// The topics after a citation's other parts, as <see cref="SectionListGrammar"/> reads a list:
/// numbered ones ("3.3.6 Opioids ...") each up to the next number, or names separated by commas
/// outside brackets and not before words in lower case that continue the name ("Opioids, criteria
/// for use"). The list ends at a semicolon, or before the word "Topic" that labels the last one.
/// </summary>
internal ref partial struct NonMtusDetailsReader
{
    private static readonly TokenPhrase[] NamesWithCommas = [.. SectionListGrammar.NamesWithCommas.Select(name => new TokenPhrase(name))];

    // A separator and the topics after it ("ACOEM guidelines and the Official Disability Guidelines": none).
    private readonly int TopicsAfter(int at, ref Structure read)
    {
        int start = Separator(at);
        int first = start >> 1;
        if (start < 0 || first >= Count || (_text.IsWord(first, "and") && SpaceAfter(first)))
        {
            return -1;
        }

        return NumberedTopics(first, ref read) || Topics(start, ref read) ? 0 : Consumed;
    }

    // "3.3.9 Opioids, 4.1 Baclofen": each topic runs from its number to the next one, or to the list's end.
    private readonly bool NumberedTopics(int first, ref Structure read)
    {
        if (SectionNumberEnd(first) < 0)
        {
            return false;
        }

        int item = first;
        while (true)
        {
            int end = NumberedTopicEnd(item);
            read.AddTopic(new Piece(item, (end >> 1) - 1));
            int comma = end >> 1;
            if (AtSpace(end) || !_text.IsMark(comma, ',') || !SpaceAfter(comma) || SectionNumberEnd(comma + 1) < 0)
            {
                return true;
            }

            item = comma + 1;
        }
    }

    // Where a numbered topic starting at token `item` ends: the list's end, ", " and the next number, or the text's end.
    private readonly int NumberedTopicEnd(int item)
    {
        for (int i = item; i < Count; i++)
        {
            if (i > item && _tokens[i].SpaceBefore && ListEndsAt(2 * i))
            {
                return 2 * i;
            }

            if (ListEndsAt(Start(i)) || (_text.IsMark(i, ',') && SpaceAfter(i) && SectionNumberEnd(i + 1) >= 0))
            {
                return Start(i);
            }
        }

        return Start(Count);
    }

    // "3.3.9 ", "4.1 ", "3. ": a section number and the space after it; the token after, or -1.
    private readonly int SectionNumberEnd(int i)
    {
        if (i >= Count || _tokens[i].Kind != TokenKind.Number)
        {
            return -1;
        }

        int at = i + 1;
        while (Adjacent(at, '.') && at + 1 < Count && !_tokens[at + 1].SpaceBefore && char.IsDigit(_text.Chars(at + 1)[0]))
        {
            if (_tokens[at + 1].Kind != TokenKind.Number)
            {
                return -1;
            }

            at += 2;
        }

        at = Adjacent(at, '.') ? at + 1 : at;
        return SpaceAfter(at - 1) ? at : -1;
    }

    // The unnumbered list from `start`, as SectionListReader reads one.
    private readonly bool Topics(int start, ref Structure read)
    {
        if (!Topic(start, out int at))
        {
            return false;
        }

        read.AddTopic(PieceBetween(start, at));

        // ", " and an optional "and " between topics; a comma not followed by a topic is left.
        while (!AtSpace(at) && _text.IsMark(at >> 1, ','))
        {
            int after = (at >> 1) + 1;
            int next = _text.IsWord(after, "and") && SpaceAfter(after) ? Start(after + 1) : Start(after);
            if (!Topic(next, out int end))
            {
                break;
            }

            read.AddTopic(PieceBetween(next, end));
            at = end;
        }

        return true;
    }

    private static Piece PieceBetween(int start, int end) => new(start >> 1, (end >> 1) - 1);

    // One of the names with commas, where a comma or the list's end follows it, or chunks of words,
    // brackets and continuing commas.
    private readonly bool Topic(int start, out int end)
    {
        foreach (var name in NamesWithCommas)
        {
            int past = name.Match(_text, start >> 1);
            if (past >= 0 && ((past >= Count && !_endsWithSpace) || Adjacent(past, ',') || ListEndsAt(Before(past))))
            {
                end = Before(past);
                return true;
            }
        }

        end = start;
        while (!ListEndsAt(end) && Chunk(end, out int next))
        {
            end = next;
        }

        return end > start;
    }

    private readonly bool Chunk(int at, out int end)
    {
        int i = at >> 1;
        if (!AtSpace(at) && (_text.IsMark(i, '(') || _text.IsMark(i, '[')))
        {
            end = Bracketed(i);
            return true;
        }

        // ", chronic pain": a comma followed by words in lower case that continue the name ("and"/"or" start a new one).
        if (!AtSpace(at) && _text.IsMark(i, ',') && i + 1 < Count && _tokens[i + 1].SpaceBefore
            && !((_text.IsWord(i + 1, "and") || _text.IsWord(i + 1, "or")) && SpaceAfter(i + 1)) && char.IsLower(_text.Chars(i + 1)[0]))
        {
            end = Start(i + 1);
            return true;
        }

        end = RunEnd(at, ",([");
        return end > at;
    }

    // "(Naprosyn, Anaprox DS [otc], Naprelan)": brackets nest; an unclosed one runs to the end of the list.
    private readonly int Bracketed(int opening)
    {
        int at = Before(opening + 1);
        while (!ListEndsAt(at))
        {
            int i = at >> 1;
            if (!AtSpace(at) && (_text.IsMark(i, '(') || _text.IsMark(i, '[')))
            {
                at = Bracketed(i);
                continue;
            }

            int end = RunEnd(at, "()[]");
            if (end == at)
            {
                break;
            }

            at = end;
        }

        int close = at >> 1;
        return !AtSpace(at) && (_text.IsMark(close, ')') || _text.IsMark(close, ']')) ? Before(close + 1) : at;
    }

    // Where a run of words ends: at one of `stops`, where the list ends, or at the end of the text.
    private readonly int RunEnd(int at, string stops)
    {
        while (true)
        {
            int i = at >> 1;
            if (i >= Count)
            {
                return Start(Count);
            }

            if ((!AtSpace(at) && _tokens[i].Kind == TokenKind.Punctuation && stops.Contains(_text.Text[_tokens[i].Start], StringComparison.Ordinal))
                || ListEndsAt(at))
            {
                return at;
            }

            at = AtSpace(at) ? Start(i) : Before(i + 1);
        }
    }

    // The list's end: a semicolon, or the space before a "Topic" (and full stop) that ends the citation.
    private readonly bool ListEndsAt(int at)
    {
        int i = at >> 1;
        if (!AtSpace(at))
        {
            return _text.IsMark(i, ';');
        }

        return _text.IsWord(i, "Topic") && (IsEnd(Start(i + 1)) || (Adjacent(i + 1, '.') && IsEnd(Start(i + 2))));
    }
}
