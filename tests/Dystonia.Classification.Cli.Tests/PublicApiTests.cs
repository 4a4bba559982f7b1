namespace Dystonia.Classification.Cli.Tests;

/// <summary>
/// The tool's interface is its command line, tested end to end; its assembly exports no types, so that nobody
/// comes to depend on its internals and no public surface needs approving.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_tool_assembly_exports_no_types()
    {
        typeof(DystoniaCommandLine).Assembly.GetExportedTypes().Should().BeEmpty();
    }
}
