using Dystonia.Classification.CatalogueDocs;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Tests.Catalogue;

/// <summary>
/// The reviewable pages are the catalogue's own: the committed docs/classification-rules.md, docs/body-regions.md,
/// docs/genes.md and the enums of docs/schema/presentation.schema.json are exactly what
/// <c>dotnet run --project tools/CatalogueDocs</c> writes, so a threshold, sentence or region changed in the data
/// without regenerating them fails here, and every rule's unit is where the page says.
/// </summary>
public sealed class CatalogueDocsTests
{
    public static TheoryData<string> Pages => new(CataloguePages.All().Select(page => page.Path));

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_committed_page_is_what_the_catalogue_generates(string path)
    {
        var committed = RepositoryFiles.Read(path).Replace("\r\n", "\n", StringComparison.Ordinal);

        var expected = CataloguePages.All().Single(page => page.Path == path).Render(committed);

        committed.Should().Be(expected, path + " is generated: run `dotnet run --project tools/CatalogueDocs` and commit the result");
    }

    [Fact]
    public void Every_rule_unit_is_in_the_file_its_id_names()
    {
        foreach (var rule in ClinicalData.RulesInOrder)
        {
            var path = CataloguePages.UnitPath(rule);
            File.Exists(RepositoryFiles.Path(path)).Should().BeTrue(rule.Id + " should be decided in " + path);
            RepositoryFiles.Read(path).Should().Contain("\"" + rule.Id + "\"", path + " declares the id it decides");
            Path.GetFileNameWithoutExtension(path).Should().Be(string.Concat(rule.Id.Split('-').Select(word => word[0] + word[1..].ToLowerInvariant())), "the file is the id in PascalCase");
        }
    }
}
