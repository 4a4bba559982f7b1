using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary><c>dystonia template</c>: a study starts from files the tool reads as they are.</summary>
public sealed class TemplateCommandTests
{
    [Fact]
    public async Task Template_writes_the_csv_template_the_redcap_data_dictionary_and_the_mapping_file_that_the_tool_reads()
    {
        using var temp = new TempDirectory();

        var run = await DystoniaTool.RunAsync("template", "-o", temp.Path);

        run.ExitCode.Should().Be(0, run.ToString());
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().BeEquivalentTo("template.csv", "redcap-data-dictionary.csv", "redcap-map.json");
        File.ReadAllText(Path.Combine(temp.Path, "redcap-data-dictionary.csv")).Should().StartWith("Variable / Field Name,Form Name,Section Header,Field Type,Field Label,", "the columns of a REDCap data dictionary");
        File.ReadAllBytes(Path.Combine(temp.Path, "redcap-map.json")).Should().Equal(File.ReadAllBytes(RepositoryFiles.Path("samples", "redcap", "map.json")));

        var filled = temp.Write("filled.csv", File.ReadAllText(Path.Combine(temp.Path, "template.csv")) + "p1,34,neck;trunk,neck,static,,none,none,none,none,,,,,no\n");
        var classified = await DystoniaTool.RunAsync("classify", filled, "--no-reasoning", "-q");
        classified.ExitCode.Should().Be(0, classified.ToString());
        classified.Records.Single().GetProperty("distribution").GetString().Should().Be("segmental");
        var redcap = await DystoniaTool.RunAsync("classify", RepositoryFiles.Path("samples", "redcap", "export-raw.csv"), "--map", Path.Combine(temp.Path, "redcap-map.json"), "-q");
        redcap.ExitCode.Should().Be(0, redcap.ToString());
    }
}
