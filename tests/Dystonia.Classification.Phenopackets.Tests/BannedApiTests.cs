using Dystonia.Classification.Tests.Api;

namespace Dystonia.Classification.Phenopackets.Tests;

/// <summary>
/// Dystonia.Classification.Phenopackets reads no clock, current culture, unseeded randomness, environment variable or
/// file: its compiled IL calls none of the banned APIs (metaData.created is the caller's). The scanner itself is checked
/// in the core tests.
/// </summary>
public sealed class BannedApiTests
{
    [Fact]
    public void The_phenopacket_library_calls_no_clock_current_culture_unseeded_random_environment_or_file_api()
    {
        var uses = BannedApiScanner.Scan(typeof(DystoniaPhenopacket).Assembly.Location, RepositoryFiles.Root);

        uses.Where(u => !u.InGeneratedCode).Select(u => u.ToString()).Should().BeEmpty();
    }
}
