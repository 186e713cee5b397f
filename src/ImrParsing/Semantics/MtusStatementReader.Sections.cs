using System.Collections.Immutable;
using ImrParsing.Lexing;
using ImrParsing.Syntax;

namespace ImrParsing.Semantics;

// The sections of a citation (SectionListGrammar.List), read from its tokens.
internal ref partial struct MtusStatementReader
{
    // What a run of a section's words stops at, besides spaces, inside and outside brackets (the part end's marks and the list's own).
    private const string ItemStops = ",.([";

    private const string BracketStops = ",.()[]";

    // The sections of a list (SectionListGrammar.List), or none, added to `sections`; where the list ends.
    private int SectionsOrNone(int start, ImmutableArray<TextValue>.Builder sections)
    {
        if (Numbered(start, sections) is var end and >= 0)
        {
            return end;
        }

        return List(start, sections) is var listEnd and >= 0 ? listEnd : start;
    }

    // "3.3.1 Opioids ..., 3.3.2 ...": numbered sections, split only before the next number; where they end, or -1 where none starts.
    private int Numbered(int start, ImmutableArray<TextValue>.Builder sections)
    {
        int end = NumberedSectionEnd(start);
        if (end < 0)
        {
            return -1;
        }

        Add(sections, start, end);
        while (CommaAndSpace(end) is var next and >= 0 && NumberedSectionEnd(next) is var sectionEnd and >= 0)
        {
            Add(sections, next, sectionEnd);
            end = sectionEnd;
        }

        return end;
    }

    // Where a numbered section that starts here ends (at the list's end, at ", " and the next number, or with the text); -1 where none starts.
    private int NumberedSectionEnd(int start)
    {
        if (SectionNumber(Tok(start)) < 0)
        {
            return -1;
        }

        for (int at = Candidate(start, ",.", inclusive: true); Tok(at) < _count; at = Candidate(at, ",.", inclusive: false))
        {
            if (PartEnd(at) || (CommaAndSpace(at) is var next and >= 0 && SectionNumber(Tok(next)) >= 0))
            {
                return at;
            }
        }

        return At(_count);
    }

    // ", ": where what follows starts, or -1.
    private int CommaAndSpace(int at) => IsMarkAt(at, ',') && SpaceBefore(Tok(at) + 1) ? At(Tok(at) + 1) : -1;

    // "3.3.9 ", "4.1 ", "3. " (SectionListGrammar.SectionNumber): the index of the token after it, or -1.
    private int SectionNumber(int index)
    {
        if (index >= _count || _tokens[index].Kind != TokenKind.Number)
        {
            return -1;
        }

        int at = index + 1;
        while (_text.IsMark(at, '.') && !SpaceBefore(at) && at + 1 < _count && !SpaceBefore(at + 1)
            && _tokens[at + 1].Kind != TokenKind.Punctuation && char.IsDigit(_text.Chars(at + 1)[0]))
        {
            if (_tokens[at + 1].Kind != TokenKind.Number)
            {
                return -1;
            }

            at += 2;
        }

        if (_text.IsMark(at, '.') && !SpaceBefore(at))
        {
            at++;
        }

        return SpaceBefore(at) ? at : -1;
    }

    // The sections of an unnumbered list (SectionListReader), added to `sections`: a section runs to
    // a comma that separates (outside brackets, not before words in lower case that continue the
    // name, not inside one of SectionListGrammar.NamesWithCommas) or to where the list ends; where
    // the list ends, or -1 for an empty one.
    private int List(int start, ImmutableArray<TextValue>.Builder sections)
    {
        if (!Section(start, out int at))
        {
            return -1;
        }

        Add(sections, start, at);

        // ", " and an optional "and " between sections; a separator not followed by a section is left.
        while (IsMarkAt(at, ',') && !EndAt(at))
        {
            int next = Tok(at) + 1;
            if (_text.IsWord(next, "and") && SpaceBefore(next + 1))
            {
                next++;
            }

            if (!Section(At(next), out int sectionEnd))
            {
                break;
            }

            Add(sections, At(next), sectionEnd);
            at = sectionEnd;
        }

        return at;
    }

    // Whether the list ends at a place: the part end, asked only at spaces, commas and full stops.
    private bool EndAt(int at) =>
        Tok(at) < _count && (IsSpaceAt(at) || IsMarkAt(at, ',') || IsMarkAt(at, '.')) && PartEnd(at);

    // One of the names with commas, where a separator or the list's end follows it, or chunks of
    // words, brackets and continuing commas.
    private bool Section(int start, out int end)
    {
        foreach (var name in Phrases.NamesWithCommas)
        {
            int index = name.Match(_text, Tok(start));
            int after = index < 0 ? -1 : After(index);
            if (index >= 0 && (index == _count || IsMarkAt(after, ',') || EndAt(after)))
            {
                end = after;
                return true;
            }
        }

        end = start;
        while (!EndAt(end) && Chunk(end, out int next))
        {
            end = next;
        }

        return end > start;
    }

    private bool Chunk(int start, out int end)
    {
        if (IsMarkAt(start, "(["))
        {
            end = Bracketed(start);
            return true;
        }

        if (IsContinuation(start))
        {
            end = At(Tok(start) + 1);
            return true;
        }

        end = RunEnd(start, ",([", ItemStops);
        return end > start;
    }

    // "(Naprosyn, Anaprox DS [otc], Naprelan)": brackets nest; an unclosed one runs to the end of the list.
    private int Bracketed(int opening)
    {
        int at = After(Tok(opening) + 1);
        while (!EndAt(at))
        {
            if (IsMarkAt(at, "(["))
            {
                at = Bracketed(at);
                continue;
            }

            int end = RunEnd(at, "()[]", BracketStops);
            if (end == at)
            {
                break;
            }

            at = end;
        }

        return IsMarkAt(at, ")]") ? After(Tok(at) + 1) : at;
    }

    // Where a run of words ends: at one of `stops` or where the list ends; the end of the text otherwise.
    private int RunEnd(int start, string stops, string candidates)
    {
        int at = start;
        while (!IsMarkAt(at, stops) && !EndAt(at) && Tok(at) < _count)
        {
            at = Candidate(at, candidates, inclusive: false);
        }

        return at;
    }

    // ", chronic pain": a comma followed by words in lower case that continue the name ("and"/"or" start a new one).
    private bool IsContinuation(int at)
    {
        int next = Tok(at) + 1;
        return IsMarkAt(at, ',') && SpaceBefore(next)
            && !((_text.IsWord(next, "and") || _text.IsWord(next, "or")) && SpaceBefore(next + 1))
            && _tokens[next].Kind != TokenKind.Punctuation && char.IsLower(_text.Chars(next)[0]);
    }
}
