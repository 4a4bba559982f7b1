using System.IO;

namespace Dystonia.Classification.Tests;

/// <summary>The README's example is the program CI runs, character for character.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Readme_example_is_the_compiled_example_program()
    {
        var readme = RepositoryFiles.Read("README.md").ReplaceLineEndings("\n");
        var program = RepositoryFiles.Read("samples", "ReadmeExample", "Program.cs").ReplaceLineEndings("\n");

        readme.Should().Contain("```csharp\n" + program + "```");
    }

    [Fact]
    public void Readme_states_the_run_and_test_commands()
    {
        var readme = RepositoryFiles.Read("README.md");

        readme.Should().Contain("dotnet run --project src/Dystonia.Classification.Cli -- classify samples/cohort.jsonl");
        readme.Should().Contain("dotnet run --project samples/ReadmeExample");
        readme.Should().Contain("dotnet test Dystonia.Classification.sln");
    }
}
