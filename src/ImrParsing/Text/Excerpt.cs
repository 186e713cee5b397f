using System.Text;

namespace ImrParsing.Text;

/// <summary>
/// Short, quoted excerpts of the letter for messages. The letters concern patients, so a message
/// never echoes more than <see cref="MaxLength"/> characters of them; control characters are
/// shown as escapes so that binary input cannot garble a terminal or a log.
/// </summary>
public static class Excerpt
{
    /// <summary>The most characters of the letter a message quotes.</summary>
    public const int MaxLength = 32;

    /// <summary>A quoted excerpt of the start of <paramref name="text"/>, or "end of input" when it is empty.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        if (text.IsEmpty)
        {
            return "end of input";
        }

        var builder = new StringBuilder(MaxLength + 8).Append('"');
        int shown = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (shown >= MaxLength)
            {
                builder.Append('…');
                break;
            }

            if (CharSets.IsSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                shown++;
                space = false;
            }

            if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD')
            {
                builder.Append(@"\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }

            shown++;
        }

        return builder.Append('"').ToString();
    }
}
