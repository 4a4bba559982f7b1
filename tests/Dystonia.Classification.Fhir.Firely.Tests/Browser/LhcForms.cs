using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Dystonia.Classification.Fhir.Firely.Tests.Browser;

/// <summary>
/// LHC-Forms (the npm package <c>lforms</c>, the NLM's SDC renderer) in headless Chromium (Debian's <c>chromium</c>,
/// which .ci/run installs). The package is taken from <c>DYSTONIA_LFORMS_DIR</c> (its <c>dist/lforms</c> folder), or
/// installed once with npm into <c>artifacts/npm</c>; without npm, the registry or Chromium the tests report skipped
/// with the reason.
/// </summary>
internal static class LhcForms
{
    internal const string Version = "40.1.3";

    private static readonly Lazy<(string? Directory, string? Reason)> Installed = new(Install);

    /// <summary>Gets the <c>dist/lforms</c> folder, or null with the reason it is missing.</summary>
    internal static (string? Directory, string? Reason) Dist => Installed.Value;

    internal static string? Chromium { get; } = FindOnPath("chromium") ?? FindOnPath("chromium-browser");

    private static (string?, string?) Install()
    {
        string? configured = Environment.GetEnvironmentVariable("DYSTONIA_LFORMS_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(Path.Combine(configured, "webcomponent", "lhc-forms.js")) ? (configured, null) : (null, "DYSTONIA_LFORMS_DIR has no webcomponent/lhc-forms.js.");
        }

        string prefix = RepositoryFiles.Path("artifacts", "npm");
        string dist = Path.Combine(prefix, "node_modules", "lforms", "dist", "lforms");
        if (File.Exists(Path.Combine(dist, "webcomponent", "lhc-forms.js")))
        {
            return (dist, null);
        }

        string? npm = FindOnPath("npm");
        if (npm is null)
        {
            return (null, "npm is not installed, so the lforms package could not be installed.");
        }

        Directory.CreateDirectory(prefix);
        var start = new ProcessStartInfo(npm) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", prefix, "lforms@" + Version })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (null, "npm install lforms@" + Version + " did not finish within 5 minutes.");
        }

        return File.Exists(Path.Combine(dist, "webcomponent", "lhc-forms.js"))
            ? (dist, null)
            : (null, "npm install lforms@" + Version + " failed (exit " + process.ExitCode + "): " + output.Result.Split('\n').LastOrDefault(l => l.Length > 0));
    }

    /// <summary>Opens a page and returns the DOM after its scripts ran (virtual time), with the console messages.</summary>
    internal static async Task<(string Dom, IReadOnlyList<string> Console)> RunAsync(string page, string workDirectory, string screenshot)
    {
        var start = new ProcessStartInfo(Chromium!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0", "--allow-file-access-from-files",
            "--virtual-time-budget=20000", "--window-size=1200,1600",
            "--user-data-dir=" + Path.Combine(workDirectory, "chromium-profile"),
            "--screenshot=" + screenshot,
            "--dump-dom", new Uri(page).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 120 s.");
        }

        var console = (await stderr).Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        return (await stdout, console);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}

/// <summary>A test that needs Chromium and the lforms package: reported as skipped, with the reason, without either.</summary>
internal sealed class LhcFormsFactAttribute : FactAttribute
{
    public LhcFormsFactAttribute()
    {
        if (LhcForms.Chromium is null)
        {
            Skip = "Chromium is not installed (apt-get install chromium; .ci/run installs it when it can): the Questionnaire was not rendered.";
        }
        else if (LhcForms.Dist.Reason is { } reason)
        {
            Skip = reason + " The Questionnaire was not rendered.";
        }
    }
}
