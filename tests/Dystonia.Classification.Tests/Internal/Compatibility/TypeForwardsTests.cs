using System.Reflection;
using System.Runtime.Versioning;

namespace Dystonia.Classification.Tests.Internal.Compatibility;

/// <summary>
/// A library compiled against the netstandard2.0 asset binds init accessors through the asset's own IsExternalInit; on
/// modern .NET the process loads the net10.0 asset, which must forward that type to the framework's or every such call
/// fails with MissingMethodException. samples/Consumer proves the mix end to end from the packed package.
/// </summary>
public sealed class TypeForwardsTests
{
    private static readonly Assembly Core = typeof(Presentation).Assembly;

    // By name from the framework: the netstandard2.0 asset's internal copy is visible to this test assembly too.
    private static readonly Type FrameworkIsExternalInit =
        typeof(object).Assembly.GetType("System.Runtime.CompilerServices.IsExternalInit", throwOnError: true)!;

    private static bool IsNetStandardAsset =>
        Core.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName.StartsWith(".NETStandard", StringComparison.Ordinal);

    [Fact]
    public void The_net10_asset_forwards_IsExternalInit_to_the_framework_and_the_netstandard_asset_declares_its_own()
    {
        var initModifier = typeof(Presentation).GetProperty(nameof(Presentation.Regions))!.SetMethod!
            .ReturnParameter.GetRequiredCustomModifiers().Single();
        initModifier.FullName.Should().Be("System.Runtime.CompilerServices.IsExternalInit");

        if (IsNetStandardAsset)
        {
            initModifier.Assembly.Should().BeSameAs(Core);
            Core.GetForwardedTypes().Should().BeEmpty();
        }
        else
        {
            initModifier.Should().BeSameAs(FrameworkIsExternalInit);
            Core.GetForwardedTypes().Should().Equal(FrameworkIsExternalInit);
        }
    }
}
