using System.Collections.Generic;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Tests.Rules;

/// <summary>
/// The gene table's HGNC ids (docs/evidence/hgnc-ids.md): the loader takes only the form HGNC:&lt;digits&gt;, and the ids
/// seen in HGNC's complete set are the ones the table gives.
/// </summary>
public sealed class GeneTableHgncIdTests
{
    [Theory]
    [InlineData("HGNC:3098", true)]
    [InlineData("HGNC:20856", true)]
    [InlineData("HGNC:", false)]
    [InlineData("hgnc:3098", false)]
    [InlineData("HGNC:3098 ", false)]
    [InlineData("HGNC:30a8", false)]
    [InlineData("3098", false)]
    [InlineData("HGNC:٣٠٩٨", false)]
    public void An_hgnc_id_is_the_prefix_and_ascii_digits_only(string text, bool accepted)
    {
        GeneTable.IsHgncId(text).Should().Be(accepted);
    }

    [Fact]
    public void The_table_gives_the_ids_read_in_hgncs_complete_set_and_no_others()
    {
        var ids = ClinicalData.Genes.Rows.Where(row => row.HgncId is not null).ToDictionary(row => row.Symbol, row => row.HgncId);

        ids.Should().Equal(new Dictionary<string, string?>
        {
            ["TOR1A"] = "HGNC:3098",
            ["THAP1"] = "HGNC:20856",
            ["TH"] = "HGNC:11782",
            ["TAF1"] = "HGNC:11535",
            ["PRRT2"] = "HGNC:30500",
            ["GNAL"] = "HGNC:4388",
            ["HPCA"] = "HGNC:5144",
            ["KMT2B"] = "HGNC:15840",
            ["GCH1"] = "HGNC:4193",
            ["KCTD17"] = "HGNC:25705",
            ["GLB1"] = "HGNC:4298",
            ["HEXA"] = "HGNC:4878",
            ["HEXB"] = "HGNC:4879",
            ["GCDH"] = "HGNC:4189",
            ["HTT"] = "HGNC:4851",
            ["SPR"] = "HGNC:11257",
            ["SGCE"] = "HGNC:10808",
            ["PRKRA"] = "HGNC:9438",
            ["PNKD"] = "HGNC:9153",
            ["SLC2A1"] = "HGNC:11005",
            ["PANK2"] = "HGNC:15894",
            ["PLA2G6"] = "HGNC:9039",
            ["VPS13A"] = "HGNC:1908",
            ["XK"] = "HGNC:12811",
            ["PRKN"] = "HGNC:8607",
            ["PINK1"] = "HGNC:14581",
            ["PARK7"] = "HGNC:16369",
            ["MT-ATP6"] = "HGNC:7414",
            ["TUBB4A"] = "HGNC:20774",
        });
        foreach (var (symbol, id) in ids)
        {
            RepositoryFiles.Read("docs", "evidence", "hgnc-ids.md").Should().Contain($"| {symbol} | {id} |", "each id has its row in the evidence record");
        }
    }
}
