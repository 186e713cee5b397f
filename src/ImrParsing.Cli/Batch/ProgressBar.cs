using System.Diagnostics;
using System.Globalization;

namespace ImrParsing.Cli.Batch;

/// <summary>
/// A one-line progress bar on standard error for batches at a terminal: files done of the total,
/// letters per second and errors, redrawn in place at most ten times a second. Messages written
/// through it clear the bar first so that they are not mixed with it.
/// </summary>
internal sealed class ProgressBar
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly int _total;
    private readonly int _width;
    private readonly Func<TimeSpan> _elapsed;
    private TimeSpan _nextDraw = TimeSpan.Zero;
    private bool _visible;
    private int _done;
    private int _letters;
    private int _errors;

    /// <param name="error">Standard error, a terminal.</param>
    /// <param name="total">The number of files in the batch.</param>
    /// <param name="width">The terminal's width in columns.</param>
    /// <param name="elapsed">The time since the batch started (a stopwatch; tests pass their own).</param>
    public ProgressBar(TextWriter error, int total, int width, Func<TimeSpan>? elapsed = null)
    {
        _error = error;
        _total = total;
        _width = Math.Max(40, width);
        if (elapsed is null)
        {
            var stopwatch = Stopwatch.StartNew();
            elapsed = () => stopwatch.Elapsed;
        }

        _elapsed = elapsed;
    }

    /// <summary>Counts one more file done, a letter or an error, and redraws when it is time.</summary>
    public void Advance(bool failed)
    {
        _done++;
        if (failed)
        {
            _errors++;
        }
        else
        {
            _letters++;
        }

        var now = _elapsed();
        if (now >= _nextDraw || _done == _total)
        {
            Draw(now);
        }
    }

    /// <summary>Writes a line of its own above the bar.</summary>
    public void WriteLine(string message)
    {
        Clear();
        _error.WriteLine(message);
    }

    /// <summary>Replaces the bar with a closing summary line.</summary>
    public void Finish()
    {
        Clear();
        var elapsed = _elapsed();
        _error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imr: {Count(_done, "file")}, {Count(_letters, "letter")}, {Count(_errors, "error")} in {elapsed.TotalSeconds:0.0} s ({Rate(elapsed):0.0} letters/s)"));
        _error.Flush();
    }

    /// <summary>The bar's text at <paramref name="elapsed"/>: "[#####-----]  75/150 files  12.3 letters/s  2 errors".</summary>
    internal string Render(TimeSpan elapsed)
    {
        string counts = string.Create(CultureInfo.InvariantCulture,
            $" {_done.ToString(CultureInfo.InvariantCulture).PadLeft(_total.ToString(CultureInfo.InvariantCulture).Length)}/{_total} files  {Rate(elapsed):0.0} letters/s  {Count(_errors, "error")}");
        int barWidth = Math.Clamp(_width - counts.Length - 3, 10, 40);
        int filled = _total == 0 ? barWidth : (int)((long)barWidth * _done / _total);
        string line = "[" + new string('#', filled) + new string('-', barWidth - filled) + "]" + counts;
        return line.Length < _width ? line : line[..(_width - 1)];
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private double Rate(TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? _letters / elapsed.TotalSeconds : 0;

    private void Draw(TimeSpan now)
    {
        _nextDraw = now + RedrawInterval;
        _error.Write("\r" + Render(now) + "\u001b[K");
        _error.Flush();
        _visible = true;
    }

    private void Clear()
    {
        if (_visible)
        {
            _error.Write("\r\u001b[K");
            _visible = false;
            _nextDraw = TimeSpan.Zero; // redraw at the next file
        }
    }
}
