using System;
using System.Diagnostics;
using System.IO;

namespace Dystonia.Classification.Tests.Shared;

/// <summary>
/// Runs the Node.js validators of tests/schema (Ajv) on a file: <c>validate.mjs</c> for the JSON contract and
/// <c>validate-fhir.mjs</c> for the official FHIR R4 schema. Linked into each test project that needs it.
/// </summary>
internal static class SchemaValidator
{
    /// <summary>Validates FHIR R4 resources (one resource or an array of them) written as JSON text; returns the validator's last line.</summary>
    internal static (int ExitCode, string LastLine) ValidateFhir(string json) => ValidateText("validate-fhir.mjs", [], json);

    /// <summary>Runs <paramref name="script"/> with the given arguments and the file; returns the exit code and the last output line.</summary>
    internal static (int ExitCode, string LastLine) Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node", [RepositoryFiles.Path("tests", "schema", script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The schema validator did not finish in 120 s.");
        }

        var lines = output.TrimEnd().Split('\n');
        return (process.ExitCode, process.ExitCode == 0 ? lines[^1].TrimEnd() : output.TrimEnd());
    }

    private static (int ExitCode, string LastLine) ValidateText(string script, string[] arguments, string json)
    {
        var file = Path.Combine(Path.GetTempPath(), "dystonia-validate-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, json);
        try
        {
            return Run(script, [.. arguments, file]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
