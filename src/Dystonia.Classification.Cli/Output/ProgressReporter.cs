using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Dystonia.Classification.Cli.Commands;

namespace Dystonia.Classification.Cli.Output;

/// <summary>
/// Shows progress on standard error. At a terminal: records/s, count and invalid count (with the share of the input read
/// and the time left when the input's size is known) on one line rewritten at most twice a second. Otherwise (a batch
/// job's log): a plain line every <c>--progress-every</c> seconds with the same numbers, so that a run shorter than that
/// leaves standard error as it was.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter? terminal;
    private readonly TextWriter? log;
    private readonly TimeSpan logInterval;
    private readonly Func<double?>? fractionRead;
    private readonly string language;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long lastShown;
    private bool shown;

    internal ProgressReporter(TextWriter error, bool enabled)
    {
        terminal = enabled ? error : null;
        language = Localization.ClinicalLanguages.English;
    }

    /// <param name="error">Standard error.</param>
    /// <param name="isTerminal">Whether standard error is a terminal.</param>
    /// <param name="logInterval">How often a plain line is written when it is not; zero or less writes none.</param>
    /// <param name="fractionRead">The share of the input read so far (0-1), when its size is known.</param>
    /// <param name="language">The language of the plain lines.</param>
    internal ProgressReporter(TextWriter error, bool isTerminal, TimeSpan logInterval, Func<double?>? fractionRead, string language)
    {
        terminal = isTerminal ? error : null;
        log = isTerminal || logInterval <= TimeSpan.Zero ? null : error;
        this.logInterval = logInterval;
        this.fractionRead = fractionRead;
        this.language = language;
    }

    internal TimeSpan Elapsed => clock.Elapsed;

    internal void Update(RunSummary summary)
    {
        if (log is not null)
        {
            if (clock.ElapsedMilliseconds - lastShown >= logInterval.TotalMilliseconds)
            {
                lastShown = clock.ElapsedMilliseconds;
                log.WriteLine(Plain(summary));
            }

            return;
        }

        if (terminal is null || clock.ElapsedMilliseconds - lastShown < 500)
        {
            return;
        }

        lastShown = clock.ElapsedMilliseconds;
        double rate = summary.Total / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var share = fractionRead?.Invoke() is { } read and > 0 ? string.Create(CultureInfo.InvariantCulture, $", {read:0%}, {Left(read)} left") : "";
        terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\r{summary.Total} records, {summary.Invalid} invalid, {rate:0} records/s{share}   "));
        shown = true;
    }

    internal void Finish()
    {
        if (terminal is not null && shown)
        {
            terminal.Write("\r" + new string(' ', 72) + "\r");
        }
    }

    private string Plain(RunSummary summary)
    {
        double rate = summary.Total / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        return fractionRead?.Invoke() is { } read and > 0
            ? ToolTexts.Say(language, "run.progress", summary.Total, summary.Invalid, read.ToString("0%", CultureInfo.InvariantCulture), Left(read))
            : ToolTexts.Say(language, "run.progressNoTotal", summary.Total, summary.Invalid, rate.ToString("0", CultureInfo.InvariantCulture));
    }

    /// <summary>The time left if the rest of the input goes as fast as what was read, as h:mm:ss.</summary>
    private string Left(double read)
    {
        var left = TimeSpan.FromSeconds(clock.Elapsed.TotalSeconds * (1 - Math.Min(read, 1)) / read);
        return left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);
    }
}
