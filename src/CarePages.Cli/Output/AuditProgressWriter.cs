using System.Diagnostics;
using System.Globalization;
using CarePages.Core.Audit;

namespace CarePages.Cli.Output;

/// <summary>
/// Shows a running audit's progress on standard error: on a terminal a bar redrawn in place (done/total and the document
/// being audited), otherwise a plain line when the count moves on, at most every few seconds, and always the last one.
/// </summary>
internal sealed class AuditProgressWriter(TextWriter error, bool terminal, CliLabels labels)
{
    private const int BarWidth = 24;
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(2);

    private readonly Stopwatch _sinceLine = Stopwatch.StartNew();
    private int _drawnWidth;
    private int _lastDone = -1;
    private bool _lastWritten = true;

    /// <summary>How often the run's progress is read: often enough for a bar to move smoothly.</summary>
    public TimeSpan PollInterval => terminal ? TimeSpan.FromMilliseconds(150) : TimeSpan.FromMilliseconds(500);

    /// <summary>Shows <paramref name="run"/>'s progress.</summary>
    public void Report(AuditRun run)
    {
        if (terminal)
        {
            Redraw(Bar(run) + " " + Line(run));
            return;
        }

        if (run.Done != _lastDone)
        {
            _lastDone = run.Done;
            _lastWritten = false;
        }

        if (!_lastWritten && _sinceLine.Elapsed >= LineInterval)
        {
            WriteLine(run);
        }
    }

    /// <summary>Ends the display with <paramref name="run"/>'s last progress, on a line of its own.</summary>
    public void Finish(AuditRun run)
    {
        if (terminal)
        {
            Redraw(Bar(run) + " " + Line(run));
            error.WriteLine();
            return;
        }

        if (!_lastWritten || _lastDone != run.Done)
        {
            _lastDone = run.Done;
            WriteLine(run);
        }
    }

    private void WriteLine(AuditRun run)
    {
        error.WriteLine(Line(run));
        _lastWritten = true;
        _sinceLine.Restart();
    }

    private string Line(AuditRun run) => labels.Text(
        "audit.progress",
        ("done", run.Done.ToString(CultureInfo.InvariantCulture)),
        ("total", run.Total.ToString(CultureInfo.InvariantCulture)),
        ("document", run.CurrentDocumentName ?? string.Empty)).TrimEnd();

    private static string Bar(AuditRun run)
    {
        var filled = run.Total == 0 ? BarWidth : (int)((long)BarWidth * run.Done / run.Total);
        return "[" + new string('#', filled) + new string('-', BarWidth - filled) + "]";
    }

    // Back to the line's start, the new text cut to the terminal's width, blanks over what the last one left.
    private void Redraw(string text)
    {
        var width = TerminalWidth() - 1;
        var shown = text.Length > width ? text[..width] : text;
        error.Write("\r" + shown + new string(' ', Math.Max(0, _drawnWidth - shown.Length)));
        error.Flush();
        _drawnWidth = shown.Length;
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 10 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
