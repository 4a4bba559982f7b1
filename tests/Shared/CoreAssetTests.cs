using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using Xunit;

namespace Dystonia.Classification.Tests.CoreAsset;

/// <summary>
/// The suite runs twice in CI: against the core library's net10.0 asset, and with <c>-p:DystoniaCoreAsset=netstandard2.0</c>
/// against its netstandard2.0 asset (Directory.Build.targets). This checks that each run really loaded the asset it
/// asked for, so that a build change cannot quietly turn the second run into a repeat of the first. Linked into every
/// test project.
/// </summary>
public sealed class CoreAssetTests
{
    [Fact]
    public void The_core_library_under_test_is_the_asset_this_run_asked_for()
    {
        var asked = typeof(CoreAssetTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "DystoniaCoreAsset").Value;
        string expected = asked switch
        {
            null or "" or "net10.0" => ".NETCoreApp,Version=v10.0",
            "netstandard2.0" => ".NETStandard,Version=v2.0",
            _ => "an asset the package ships, not " + asked,
        };

        typeof(DystoniaClassifier).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName.Should().Be(expected);
    }
}
