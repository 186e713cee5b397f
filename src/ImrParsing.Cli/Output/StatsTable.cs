using System.Globalization;

namespace ImrParsing.Cli.Output;

/// <summary>
/// The summary <c>imr stats</c> prints: letters and items, upheld against overturned overall, then
/// by the service requested, then by reviewer specialty (an item counts under each specialty of its reviewer).
/// </summary>
internal sealed class StatsTable
{
    private const string NoSpecialty = "(none stated)";
    private const string NoService = "(not read)";

    private readonly Tally _overall = new();
    private readonly Dictionary<string, Tally> _bySpecialty = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Tally> _byService = new(StringComparer.OrdinalIgnoreCase);
    private int _letters;
    private int _failed;

    public void Add(LetterSummary letter)
    {
        if (letter.Failed)
        {
            _failed++;
            return;
        }

        _letters++;
        var specialties = letter.Specialties.Count > 0 ? letter.Specialties : [NoSpecialty];
        foreach (var (decision, service) in letter.Items)
        {
            _overall.Add(decision);
            TallyOf(_byService, service ?? NoService).Add(decision);
            foreach (string specialty in specialties.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                TallyOf(_bySpecialty, specialty).Add(decision);
            }
        }
    }

    public void Write(TextWriter output)
    {
        var totals = new TextTable("", "Count", "Share");
        totals.Add("Letters", Count(_letters), _failed > 0 ? $"{Count(_failed)} failed" : "");
        totals.Add("Items", Count(_overall.Items), "");
        totals.Add("Upheld", Count(_overall.Upheld), Percent(_overall.Upheld, _overall.Decided));
        totals.Add("Overturned", Count(_overall.Overturned), Percent(_overall.Overturned, _overall.Decided));
        if (_overall.Undecided > 0)
        {
            totals.Add("No decision", Count(_overall.Undecided), "");
        }

        totals.Write(output);
        output.Write('\n');

        Breakdown("Service", _byService).Write(output);
        output.Write('\n');
        Breakdown("Reviewer specialty", _bySpecialty).Write(output);
    }

    private static Tally TallyOf(Dictionary<string, Tally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new Tally();
        }

        return tally;
    }

    private static TextTable Breakdown(string title, Dictionary<string, Tally> tallies)
    {
        var table = new TextTable(title, "Items", "Upheld", "Overturned", "Overturned %");
        foreach (var (key, tally) in tallies.OrderByDescending(pair => pair.Value.Items).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            table.Add(key, Count(tally.Items), Count(tally.Upheld), Count(tally.Overturned), Percent(tally.Overturned, tally.Decided));
        }

        return table;
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    // A share of the items that have a decision.
    private static string Percent(int part, int whole) =>
        whole == 0 ? "" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private sealed class Tally
    {
        public int Items { get; private set; }

        public int Upheld { get; private set; }

        public int Overturned { get; private set; }

        public int Decided => Upheld + Overturned;

        public int Undecided => Items - Decided;

        public void Add(Syntax.Decision? decision)
        {
            Items++;
            if (decision == Syntax.Decision.Upheld)
            {
                Upheld++;
            }
            else if (decision == Syntax.Decision.Overturned)
            {
                Overturned++;
            }
        }
    }
}
