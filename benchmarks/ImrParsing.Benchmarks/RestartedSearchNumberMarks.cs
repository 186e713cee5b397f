using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// How <see cref="NarrativeReader"/> found a narrative's numbers and line-end hyphens before
/// <see cref="NarrativeReader.NumberMarks"/>: the line-end hyphens first, a search for '-'
/// restarted past each hyphen, then a search for a digit restarted past each number. A baseline
/// of `CaseSummaryBenchmarks` and the reference of `NarrativeMarksReferenceTests` (shared as source).
/// </summary>
internal ref struct RestartedSearchNumberMarks
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<int> _hyphens;
    private int _digits;
    private int _hyphen;

    public RestartedSearchNumberMarks(ReadOnlySpan<char> text, int lower, int[] hyphens)
    {
        _text = text;
        Hyphens = LineEndHyphens(text, lower, hyphens);
        _hyphens = hyphens.AsSpan(0, Hyphens);
        _digits = NextDigits(text, lower);
    }

    public int Hyphens { get; }

    public int Next()
    {
        int place = Math.Min(_digits < 0 ? int.MaxValue : _digits, _hyphen < _hyphens.Length ? _hyphens[_hyphen] : int.MaxValue);
        if (place == int.MaxValue)
        {
            return -1;
        }

        if (place == _digits)
        {
            int run = _text[_digits..].IndexOfAnyExceptInRange('0', '9');
            _digits = run < 0 ? -1 : NextDigits(_text, _digits + run);
        }
        else
        {
            _hyphen++;
        }

        return place;
    }

    private static int LineEndHyphens(ReadOnlySpan<char> text, int start, int[] found)
    {
        int count = 0;
        for (int from = start; from < text.Length && count < found.Length;)
        {
            int at = text[from..].IndexOf('-');
            if (at < 0)
            {
                break;
            }

            at += from;
            if (TextNormalizer.IsLineEndHyphen(text, at, out _))
            {
                found[count++] = at;
            }

            from = at + 1;
        }

        return count;
    }

    private static int NextDigits(ReadOnlySpan<char> text, int from) =>
        text[from..].IndexOfAnyInRange('0', '9') is int at and >= 0 ? from + at : -1;
}
