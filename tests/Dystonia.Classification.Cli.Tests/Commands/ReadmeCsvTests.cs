using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>The README shows the CSV a researcher gets: it must be what the tool writes.</summary>
public sealed class ReadmeCsvTests
{
    [Fact]
    public async Task The_readmes_csv_rows_are_the_first_rows_the_documented_command_writes()
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortCsv, "--format", "csv", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(0);
        var readme = File.ReadAllText(RepositoryFiles.Path("README.md")).ReplaceLineEndings("\n");
        readme.Should().Contain("--format csv --no-reasoning -o results.csv");
        readme.Should().Contain("```text\n" + run.StdoutLines[0] + "\n" + run.StdoutLines[1] + "\n```");
    }
}
