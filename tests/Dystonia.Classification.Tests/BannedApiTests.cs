using System.Globalization;
using Dystonia.Classification.Tests.Api;

namespace Dystonia.Classification.Tests;

/// <summary>
/// The library reads no clock, current culture, unseeded randomness, environment variable or file: its compiled IL
/// calls none of the banned APIs (<see cref="BannedApiScanner"/>). A failure names the source file and line.
/// </summary>
public sealed class BannedApiTests
{
    [Fact]
    public void The_library_calls_no_clock_current_culture_unseeded_random_environment_or_file_api()
    {
        var uses = BannedApiScanner.Scan(typeof(DystoniaClassifier).Assembly.Location, RepositoryFiles.Root);

        uses.Where(u => !u.InGeneratedCode).Select(u => u.ToString()).Should().BeEmpty();
        uses.Where(u => u.InGeneratedCode && !u.Member.StartsWith("System.String::Format(", StringComparison.Ordinal))
            .Select(u => u.ToString()).Should().BeEmpty("generated serializers only format type names into exception messages");
    }

    [Fact]
    public void The_scanner_finds_each_kind_of_banned_call_at_its_source_line_and_passes_the_allowed_forms()
    {
        const string source = "tests/Dystonia.Classification.Tests/BannedApiTests.cs";
        var expected = File.ReadAllLines(RepositoryFiles.Path(source))
            .Select((line, index) => (Line: index + 1, Text: line))
            .Where(l => l.Text.EndsWith("// banned", StringComparison.Ordinal))
            .Select(l => source + ":" + l.Line.ToString(CultureInfo.InvariantCulture));

        var found = BannedApiScanner.Scan(typeof(BannedApiTests).Assembly.Location, RepositoryFiles.Root)
            .Where(u => u.Caller.StartsWith("Samples::", StringComparison.Ordinal))
            .Select(u => u.Location);

        expected.Should().HaveCount(8);
        found.Should().BeEquivalentTo(expected);
    }

    /// <summary>The scanner's positive control: each line marked banned calls one banned API, the others an allowed form.</summary>
#pragma warning disable CA1304, CA1305, CA1311, CA5394 // Deliberate: these are the calls the scanner must find.
    private static class Samples
    {
        internal static DateTime Clock() => DateTime.UtcNow; // banned

        internal static CultureInfo Culture() => CultureInfo.CurrentCulture; // banned

        internal static Random Unseeded() => new Random(); // banned

        internal static string Upper(string text) => text.ToUpper(); // banned

        internal static string Interpolated(double value) => $"{value}"; // banned

        internal static string Formatted(double value) => value.ToString("0.0"); // banned

        internal static string? Environment() => System.Environment.GetEnvironmentVariable("HOME"); // banned

        internal static long Ticks() => System.Environment.TickCount64; // banned

        internal static string Allowed(double value, string text) =>
            new Random(7).Next().ToString(CultureInfo.InvariantCulture) + text.ToUpperInvariant() + string.Create(CultureInfo.InvariantCulture, $"{value}") + value.ToString("0.0", CultureInfo.InvariantCulture) + text.StartsWith('x');
    }
#pragma warning restore CA1304, CA1305, CA1311, CA5394
}
