using System.Buffers.Binary;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Dystonia.Classification.Cli.Tests.Infrastructure;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c> package, which .ci/run installs): opens a local file as a user's browser
/// would, with no network, and returns the DOM it built, a screenshot and its console messages.
/// </summary>
internal static class Chromium
{
    /// <summary>Gets the browser executable, or null when none is installed: <c>DYSTONIA_CHROMIUM</c>, else <c>chromium</c> or <c>chromium-browser</c> on the PATH.</summary>
    internal static string? Executable { get; } = Find();

    /// <summary>Opens <paramref name="file"/> in a window of the given size.</summary>
    internal static async Task<Page> OpenAsync(string file, int width, int height, string workDirectory)
    {
        var executable = Executable ?? throw new InvalidOperationException("Chromium is not installed.");
        var screenshot = Path.Combine(workDirectory, Path.GetFileNameWithoutExtension(file) + ".png");
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
            "--user-data-dir=" + Path.Combine(workDirectory, "chromium-profile"),
            "--window-size=" + width + "," + height,
            "--screenshot=" + screenshot,
            "--dump-dom",
            new Uri(file).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 90 s.");
        }

        var console = (await stderr.ConfigureAwait(false)).Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        return new Page(process.ExitCode, await stdout.ConfigureAwait(false), screenshot, console);
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("DYSTONIA_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>What the browser made of a page.</summary>
    /// <param name="ExitCode">The browser's exit code.</param>
    /// <param name="Dom">The DOM after loading, serialized.</param>
    /// <param name="Screenshot">The path of the PNG screenshot.</param>
    /// <param name="ConsoleMessages">Console messages: failed or refused loads, script errors. A page without script logs none.</param>
    internal sealed record Page(int ExitCode, string Dom, string Screenshot, IReadOnlyList<string> ConsoleMessages)
    {
        /// <summary>Gets the width and height of the screenshot from its PNG header, after checking the PNG signature.</summary>
        internal (int Width, int Height) ScreenshotSize()
        {
            var bytes = File.ReadAllBytes(Screenshot);
            bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "the screenshot is a PNG");
            return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        }
    }
}

/// <summary>A test that needs Chromium: reported as skipped, with the reason, when no browser is installed.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = "Chromium is not installed (apt-get install chromium; .ci/run installs it when it can): the page was not opened in a browser.";
        }
    }
}
