using Dystonia.Classification.Tests.Api;

namespace Dystonia.Classification.Fhir.Tests.PublicApi;

/// <summary>The public surface of Dystonia.Classification.Fhir is the reviewed one in Dystonia.Classification.Fhir.approved.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var difference = PublicApiText.Verify(typeof(DystoniaFhir).Assembly, Dystonia.Classification.Tests.Shared.SchemaValidator.RepositoryRoot, "Dystonia.Classification.Fhir.Tests");

        difference.Should().BeNull();
    }
}
