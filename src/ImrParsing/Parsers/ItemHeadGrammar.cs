using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>A partial authorization, in the letter's offsets: the original request, the part authorized and the remaining portion that was decided.</summary>
/// <param name="Original">"X" in "X was the original request."</param>
/// <param name="Authorized">"Y" in "Y was authorized by the Claims Administrator."</param>
/// <param name="Remaining">"Z" in "The remaining IMR eligible portion of the original request, Z".</param>
internal readonly record struct PartialAuthorizationSyntax((int Start, int End) Original, (int Start, int End) Authorized, (int Start, int End) Remaining);

/// <summary>
/// The head of a disputed item, up to (not including) the colon before its decision word. An ordinary
/// head is the request itself; a partial authorization takes one of two forms:
/// <code>
/// X was the original request. Y was authorized by the Claims Administrator.
///     The remaining IMR eligible portion of the original request, Z
/// X was the original request. The Claims Administrator authorized Y, leaving the original
///     request IMR eligible. The original request, Z
/// </code>
/// Each phrase is matched where the one before it ends (any white space where it has a space,
/// ASCII case ignored); the full stops and commas between them may be missing.
/// </summary>
internal static class ItemHeadGrammar
{
    private const string OriginalRequest = "was the original request";

    private const string WasAuthorized = "was authorized by the Claims Administrator";

    private const string ClaimsAdministratorAuthorized = "The Claims Administrator authorized";

    private static readonly string[] OriginalRequests = [OriginalRequest];

    private static readonly string[] WereAuthorized = [WasAuthorized];

    private static readonly string[] Leaving = [", leaving the original request", "leaving the original request"];

    /// <summary>
    /// The partial authorization that the head from <paramref name="start"/> to <paramref name="end"/>
    /// of <paramref name="text"/> states, in either form; null when it states none.
    /// </summary>
    public static PartialAuthorizationSyntax? PartialAuthorization(string text, int start, int end)
    {
        var head = new Cursor(text.AsSpan(0, end), start);
        if (!head.Until(OriginalRequests, out var original) || !head.Phrase(OriginalRequest))
        {
            return null;
        }

        head.Skip('.');
        head.SkipSpace();
        (int Start, int End) authorized;
        if (head.Phrase(ClaimsAdministratorAuthorized))
        {
            head.SkipSpace();
            if (!head.Until(Leaving, out authorized))
            {
                return null;
            }

            head.Skip(',');
            head.SkipSpace();
            if (!head.Phrase("leaving the original request IMR eligible"))
            {
                return null;
            }

            head.Skip('.');
            head.SkipSpace();
            if (!head.Phrase("The original request"))
            {
                return null;
            }
        }
        else
        {
            if (!head.Until(WereAuthorized, out authorized) || !head.Phrase(WasAuthorized))
            {
                return null;
            }

            head.Skip('.');
            head.SkipSpace();
            if (!head.Phrase("The remaining IMR eligible portion of the original request"))
            {
                return null;
            }
        }

        head.Skip(',');
        head.SkipSpace();
        return new PartialAuthorizationSyntax(original, authorized, (head.At, end));
    }

    // Reads a head from left to right, each step where the last one ended.
    private ref struct Cursor(ReadOnlySpan<char> source, int at)
    {
        private readonly ReadOnlySpan<char> _source = source;

        public int At { get; private set; } = at;

        // Past `phrase` when it matches here.
        public bool Phrase(string phrase)
        {
            int length = ImrParsing.Text.Phrase.MatchLength(_source[At..], phrase);
            At += Math.Max(length, 0);
            return length >= 0;
        }

        // Up to the first of `phrases`, with the text skipped.
        public bool Until(string[] phrases, out (int Start, int End) skipped)
        {
            int length = TextParsers.UntilLength(_source[At..], phrases);
            skipped = (At, At + Math.Max(length, 0));
            At = skipped.End;
            return length >= 0;
        }

        public void Skip(char c) => At += At < _source.Length && _source[At] == c ? 1 : 0;

        public void SkipSpace() => At += TextParsers.SpaceLength(_source[At..]);
    }
}
