using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Dystonia.Classification.Cli.Output;

/// <summary>
/// Shows records/s, count and invalid count on standard error, at most twice a second, and only when standard
/// error is a terminal: piped or redirected runs stay silent.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter? terminal;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long lastShown;
    private bool shown;

    internal ProgressReporter(TextWriter error, bool enabled) => terminal = enabled ? error : null;

    internal TimeSpan Elapsed => clock.Elapsed;

    internal void Update(RunSummary summary)
    {
        if (terminal is null || clock.ElapsedMilliseconds - lastShown < 500)
        {
            return;
        }

        lastShown = clock.ElapsedMilliseconds;
        double rate = summary.Total / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\r{summary.Total} records, {summary.Invalid} invalid, {rate:0} records/s   "));
        shown = true;
    }

    internal void Finish()
    {
        if (terminal is not null && shown)
        {
            terminal.Write("\r" + new string(' ', 72) + "\r");
        }
    }
}
