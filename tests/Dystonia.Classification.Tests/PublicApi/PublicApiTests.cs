using Dystonia.Classification.Tests.Api;

namespace Dystonia.Classification.Tests.PublicApi;

/// <summary>
/// The public surface of Dystonia.Classification is the reviewed one in Dystonia.Classification.approved.txt: a
/// change to a type, a signature, an enum value or a constant shows up as a failing test with a diff to review.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var difference = PublicApiText.Verify(typeof(DystoniaClassifier).Assembly, RepositoryFiles.Root, "Dystonia.Classification.Tests");

        difference.Should().BeNull();
    }

    [Fact]
    public void The_description_gives_kinds_signatures_nullability_init_setters_enum_values_and_constants()
    {
        var lines = PublicApiText.Describe(typeof(DystoniaClassifier).Assembly).Split('\n');

        lines.Should().Contain("[Flags] public enum Dystonia.Classification.Variability : int");
        lines.Should().Contain("  Diurnal = 4");
        lines.Should().Contain("  public const string ContractVersion = \"1.1\"");
        lines.Should().Contain("  public string? Id { get; init; }");
        lines.Should().Contain("  public System.Collections.Generic.IReadOnlyList<Dystonia.Classification.AffectedRegion> Regions { get; init; }");
        lines.Should().Contain("  public AffectedRegion(Dystonia.Classification.BodyRegion region, Dystonia.Classification.BodySide side = Dystonia.Classification.BodySide.Unspecified)");
        lines.Should().Contain("  public bool TryClassifyLabels(Dystonia.Classification.Presentation presentation, out Dystonia.Classification.ClassificationLabels labels)");
        lines.Should().Contain("  public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddDystoniaClassification(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, System.Action<Dystonia.Classification.ClassificationOptions>? configure = null)");
        lines.Should().Contain("public readonly struct Dystonia.Classification.AffectedRegion : System.IEquatable<Dystonia.Classification.AffectedRegion>");
        lines.Should().NotContain(l => l.Contains("Internal", StringComparison.Ordinal), "internal types are not part of the surface");
        PublicApiText.Describe(typeof(DystoniaClassifier).Assembly).Should().Be(string.Join("\n", lines), "the description is deterministic");
    }
}
