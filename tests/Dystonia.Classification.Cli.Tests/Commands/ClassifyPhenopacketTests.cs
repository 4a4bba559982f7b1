using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// <c>dystonia classify --format phenopacket --created ...</c>: one GA4GH Phenopacket v2 per line for each classified
/// record (the phenopacket's own form is checked in the Phenopackets tests), none for an invalid one, and no run without
/// an explicit creation time.
/// </summary>
public sealed class ClassifyPhenopacketTests
{
    [Fact]
    public async Task The_sample_cohort_gives_one_phenopacket_per_record_in_input_order_made_at_the_time_given()
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--format", "phenopacket", "--created", "2026-12-07T11:30:00+02:00");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Records.Select(r => r.GetProperty("id").GetString()).Should().Equal(Samples.CohortIds);
        run.Records.Should().OnlyContain(r =>
            r.GetProperty("metaData").GetProperty("created").GetString() == "2026-12-07T09:30:00Z"
            && r.GetProperty("metaData").GetProperty("phenopacketSchemaVersion").GetString() == "2.0");
    }

    [Fact]
    public async Task An_invalid_record_writes_no_phenopacket_and_a_record_without_an_id_is_named_by_its_line()
    {
        const string Input = "{\"id\":\"ok\",\"regions\":[{\"region\":\"neck\"}]}\n{\"regions\":[{\"region\":\"trunk\"}]}\n{\"id\":\"bad\",\"regions\":[]}\n";

        var run = await DystoniaTool.RunWithInputAsync(Input, "classify", "-", "--format", "phenopacket", "--created", "2026-12-07T09:30:00Z");

        run.ExitCode.Should().Be(1, "one record is invalid, as in the other formats");
        run.Records.Select(r => r.GetProperty("id").GetString()).Should().Equal("ok", "line-2");
        run.Stderr.Should().Contain("1 invalid");
    }

    [Theory]
    [InlineData("en", new string[0], "needs --created")]
    [InlineData("lv", new string[0], "vajag --created")]
    [InlineData("en", new[] { "--created", "2026-12-07T09:30:00" }, "with its offset")]
    [InlineData("lv", new[] { "--created", "7.12.2026" }, "ar nobīdi")]
    public async Task Without_a_creation_time_with_its_offset_the_run_stops_before_reading(string language, string[] created, string message)
    {
        var run = await DystoniaTool.RunAsync(["classify", Samples.CohortJsonLines, "--format", "phenopacket", "--language", language, .. created]);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain(message);
    }
}
