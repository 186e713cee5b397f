using ImrParsing.Syntax;

namespace ImrParsing.Sections;

/// <summary>Which layout a letter's sections make, and which section is out of its place.</summary>
internal static class SectionOrder
{
    /// <summary>The layout most of the sections belong to; a tie goes to the layout declared first (the commonest).</summary>
    public static LetterLayout LayoutOf(IReadOnlyList<SectionParser> sections)
    {
        Span<int> votes = stackalloc int[LayoutCount];
        bool any = false;
        for (int s = 0; s < sections.Count; s++)
        {
            foreach (var layout in sections[s].Layouts)
            {
                votes[(int)layout]++;
                any = true;
            }
        }

        // The most votes; of equals, the first layout.
        int best = 0;
        for (int layout = 1; layout < votes.Length; layout++)
        {
            best = votes[layout] > votes[best] ? layout : best;
        }

        return any ? (LetterLayout)best : LetterLayout.Unknown;
    }

    private static readonly int LayoutCount = Enum.GetValues<LetterLayout>().Max(layout => (int)layout) + 1;

    /// <summary>
    /// When the section at <paramref name="index"/> comes before two or more sections it should
    /// follow, it is the one out of place (it moved up), rather than all of those after it: returns
    /// the first of them, or -1. <paramref name="orders"/> holds each section's place in its layout
    /// (-1 for a section of another layout); <paramref name="lastOrder"/> is the place reached so far.
    /// </summary>
    public static int SkippedAhead(int[] orders, int index, int lastOrder)
    {
        int first = -1;
        int count = 0;
        for (int j = index + 1; j < orders.Length; j++)
        {
            if (orders[j] >= 0 && orders[j] >= lastOrder && orders[j] < orders[index])
            {
                first = first < 0 ? j : first;
                count++;
            }
        }

        return count >= 2 ? first : -1;
    }
}
