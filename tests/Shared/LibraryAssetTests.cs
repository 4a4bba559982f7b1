using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using Xunit;

namespace Dystonia.Classification.Tests.LibraryAsset;

/// <summary>
/// The suite runs twice in CI: against the libraries' net10.0 assets, and with <c>-p:DystoniaLibraryAsset=netstandard2.0</c>
/// against their netstandard2.0 assets (Directory.Build.targets). This checks that each run really loaded the assets it
/// asked for, so that a build change cannot quietly turn the second run into a repeat of the first. Linked into every
/// test project.
/// </summary>
public sealed class LibraryAssetTests
{
    private static readonly string[] Libraries = ["Dystonia.Classification", "Dystonia.Classification.Fhir", "Dystonia.Classification.Rendering", "Dystonia.Classification.Phenopackets"];

    [Fact]
    public void The_libraries_under_test_are_the_assets_this_run_asked_for()
    {
        var testAssembly = typeof(LibraryAssetTests).Assembly;
        var asked = testAssembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "DystoniaLibraryAsset").Value;
        string expected = asked switch
        {
            null or "" or "net10.0" => ".NETCoreApp,Version=v10.0",
            "netstandard2.0" => ".NETStandard,Version=v2.0",
            _ => "an asset the packages ship, not " + asked,
        };

        // The core library by type, so that every test assembly references it; the FHIR and Rendering libraries where this one uses them.
        var loaded = testAssembly.GetReferencedAssemblies().Where(name => Libraries.Contains(name.Name)).Select(Assembly.Load)
            .Append(typeof(DystoniaClassifier).Assembly).Distinct().ToList();

        foreach (var library in loaded)
        {
            library.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName.Should().Be(expected, library.GetName().Name);
        }
    }
}
