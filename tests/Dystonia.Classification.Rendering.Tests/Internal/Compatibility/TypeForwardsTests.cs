using System.Reflection;
using System.Runtime.Versioning;

namespace Dystonia.Classification.Rendering.Tests.Internal.Compatibility;

/// <summary>
/// A library compiled against the netstandard2.0 asset binds init accessors through the asset's own IsExternalInit; on
/// modern .NET the process loads the net10.0 asset, which must forward that type to the framework's or every such call
/// fails with MissingMethodException. The core and FHIR libraries have the same test for their own assets.
/// </summary>
public sealed class TypeForwardsTests
{
    private static readonly Assembly Rendering = typeof(BodyMapOptions).Assembly;

    // By name from the framework: the netstandard2.0 asset's internal copy is visible to this test assembly too.
    private static readonly Type FrameworkIsExternalInit =
        typeof(object).Assembly.GetType("System.Runtime.CompilerServices.IsExternalInit", throwOnError: true)!;

    private static bool IsNetStandardAsset =>
        Rendering.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName.StartsWith(".NETStandard", StringComparison.Ordinal);

    [Fact]
    public void The_net10_asset_forwards_IsExternalInit_to_the_framework_and_the_netstandard_asset_declares_its_own()
    {
        var initModifier = typeof(BodyMapOptions).GetProperty(nameof(BodyMapOptions.Language))!.SetMethod!
            .ReturnParameter.GetRequiredCustomModifiers().Single();
        initModifier.FullName.Should().Be("System.Runtime.CompilerServices.IsExternalInit");

        if (IsNetStandardAsset)
        {
            initModifier.Assembly.Should().BeSameAs(Rendering);
            Rendering.GetForwardedTypes().Should().BeEmpty();
        }
        else
        {
            initModifier.Should().BeSameAs(FrameworkIsExternalInit);
            Rendering.GetForwardedTypes().Should().Equal(FrameworkIsExternalInit);
        }
    }
}
