using System.Collections.Generic;
using System.IO;
using System.Text;
using Dystonia.Classification.Fhir.Internal;

namespace Dystonia.Classification.Fhir.Tests;

/// <summary>
/// The code tables of docs/ehr-integration.md are written from <c>Data/fhir-codes.json</c>, so the page cannot drift
/// from what the reader and the writer use. <c>DYSTONIA_UPDATE_DOCS=1 dotnet test tests/Dystonia.Classification.Fhir.Tests
/// --filter EhrIntegrationCodeTablesTests</c> rewrites the part between the markers.
/// </summary>
public sealed class EhrIntegrationCodeTablesTests
{
    private const string Begin = "<!-- fhir-codes: written from src/Dystonia.Classification.Fhir/Data/fhir-codes.json by EhrIntegrationCodeTablesTests; do not edit by hand -->";
    private const string End = "<!-- fhir-codes: end -->";

    [Fact]
    public void The_code_tables_of_the_page_are_the_code_table_data()
    {
        string path = RepositoryFiles.Path("docs", "ehr-integration.md");
        string page = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        int begin = page.IndexOf(Begin, StringComparison.Ordinal);
        int end = page.IndexOf(End, StringComparison.Ordinal);
        begin.Should().BeGreaterThan(0, "the page marks where its code tables go");
        end.Should().BeGreaterThan(begin);

        string written = page.Substring(0, begin + Begin.Length) + "\n\n" + Tables() + "\n" + page.Substring(end);
        if (Environment.GetEnvironmentVariable("DYSTONIA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, written);
        }

        page.Should().Be(written, "regenerate with DYSTONIA_UPDATE_DOCS=1 dotnet test tests/Dystonia.Classification.Fhir.Tests --filter EhrIntegrationCodeTablesTests");
    }

    private static string Tables()
    {
        var tables = FhirCodeTables.Instance;
        var text = new StringBuilder();
        Table(text, "Dystonia (the region comes from the body site)", "System | Code | Display | Source", tables.Dystonia.Select(c => Row(c)));
        Table(text, "Distribution codes (written in the Observation's value; read as dystonia, region from the body site)", "Label | System | Code | Display | Source",
            tables.Distribution.SelectMany(d => d.Value.Select(c => "`" + d.Key + "` | " + Row(c))));
        Table(text, "Region phenotypes (the code names its region)", "Region | System | Code | Display | Source", tables.RegionPhenotypes.Select(p => "`" + p.Region + "` | " + Row(p.Coding)));
        Table(text, "Body sites", "Region | Side | System | Code | Display | Source", tables.BodySites.Select(b => "`" + b.Region + "` | " + (b.Side ?? "from a laterality") + " | " + Row(b.Coding)));
        Table(text, "Laterality (in a body site's codings or in an extension of it)", "Side | System | Code | Display | Source", tables.Laterality.Select(l => l.Side + " | " + Row(l.Coding)));
        Table(text, "Associated features", "Value | System | Code | Display | Source",
            tables.MovementDisorders.Concat(tables.NeurologicalFeatures).Select(f => "`" + f.Value + "` | " + Row(f.Coding)));
        Table(text, "Acquired causes", "Value | System | Code | Display | Source", tables.AcquiredCauses.Select(c => "`" + c.Value + "` | " + Row(c.Coding)));
        Table(text, "Variant classification (the answer of the genetic finding's component " + tables.VariantClassificationComponent.Code + ", " + tables.VariantClassificationComponent.Display + "; likely benign LA26334-5 was not found in a named file and is not read)", "Value | System | Code | Display | Source",
            tables.VariantClassifications.Select(c => "`" + c.Value + "` | " + Row(c.Coding)));
        Table(text, "Zygosity (the answer of the genetic finding's component " + string.Join(" or ", tables.Zygosities.Select(z => z.Component.Code + ", " + z.Component.Display).Distinct())
            + "; anything else leaves the zygosity unrecorded)", "Value | Component | System | Code | Display | Source",
            tables.Zygosities.Select(z => "`" + z.Value + "` | " + z.Component.Code + " | " + Row(z.Answer)));
        return text.ToString();
    }

    private static void Table(StringBuilder text, string title, string header, IEnumerable<string> rows)
    {
        text.Append("**").Append(title).Append("**\n\n| ").Append(header).Append(" |\n|");
        foreach (var _ in header.Split('|'))
        {
            text.Append("---|");
        }

        text.Append('\n');
        foreach (var row in rows)
        {
            text.Append("| ").Append(row).Append(" |\n");
        }

        text.Append('\n');
    }

    private static string Row(FhirCoding coding) =>
        SystemName(coding.System) + " | `" + coding.Code + "` | " + coding.Display + " | " + coding.Source;

    private static string SystemName(string system) => system switch
    {
        FhirSystems.Snomed => "SNOMED CT",
        FhirSystems.Hpo => "HPO",
        FhirSystems.Icd10Cm => "ICD-10-CM",
        _ => system,
    };
}
