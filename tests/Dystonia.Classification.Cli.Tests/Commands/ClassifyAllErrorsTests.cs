using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// End to end: an invalid record lists every error it has, each with its indexed field path, in the JSON Lines
/// output and in <c>dystonia explain</c>; asymmetric cranial regions and an onset on one side of a region given as
/// both classify.
/// </summary>
public sealed class ClassifyAllErrorsTests
{
    private const string ThreeErrors =
        """{"id":"e-1","ageAtOnset":"fifty","regions":[{"region":"neck"},{"region":"trunk"},{"region":"Jaw"}],"associatedFeatures":{"movementDisorders":["tremor","jerks"]}}""";

    private static readonly string[] ThreeErrorPaths =
        ["WrongType at ageAtOnset", "UnknownRegion at regions[2].region", "UnknownMovementDisorder at associatedFeatures.movementDisorders[1]"];

    [Fact]
    public async Task An_invalid_record_lists_all_its_errors_with_their_paths()
    {
        var run = await DystoniaTool.RunWithInputAsync(ThreeErrors + "\n", "classify", "-", "--input-format", "jsonl", "-q");

        run.ExitCode.Should().Be(1, run.ToString());
        var errors = run.Records.Should().ContainSingle().Subject.GetProperty("errors");
        errors.EnumerateArray().Select(e => e.GetProperty("code").GetString() + " at " + e.GetProperty("field").GetString()).Should().Equal(ThreeErrorPaths);
        run.Stdout.Should().NotContain("fifty").And.NotContain("Jaw\"").And.NotContain("jerks");
    }

    [Fact]
    public async Task Explain_prints_every_error_of_an_invalid_record()
    {
        var run = await DystoniaTool.RunWithInputAsync(ThreeErrors, "explain", "-");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stdout.Should().Contain("  - ageAtOnset: ").And.Contain("  - regions[2].region: ").And.Contain("  - associatedFeatures.movementDisorders[1]: ");
    }

    [Theory]
    [InlineData("""{"regions":[{"region":"upperFace","side":"left","onset":true},{"region":"upperFace","side":"right"}]}""", "focal")]
    [InlineData("""{"regions":[{"region":"upperFace","side":"left"},{"region":"lowerFace","side":"left"},{"region":"upperLimb","side":"left","onset":true},{"region":"lowerLimb","side":"left"}]}""", "hemidystonia")]
    [InlineData("""{"regions":[{"region":"upperFace","side":"right"},{"region":"upperFace","side":"left"},{"region":"lowerFace"}]}""", "segmental")]
    public async Task Asymmetric_and_hemifacial_cranial_regions_classify(string json, string distribution)
    {
        var run = await DystoniaTool.RunWithInputAsync(json + "\n", "classify", "-", "--input-format", "jsonl", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Records.Should().ContainSingle().Which.GetProperty("distribution").GetString().Should().Be(distribution);
    }

    [Fact]
    public async Task A_csv_onset_on_one_side_of_a_limb_given_as_both_classifies_and_a_truly_other_side_does_not()
    {
        const string Csv = "id,regions,onsetRegion\narms,upperLimb:both,upperLimb:left\nface,upperFace:right,upperFace:left\n";

        var run = await DystoniaTool.RunWithInputAsync(Csv, "classify", "-", "--input-format", "csv", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Records[0].GetProperty("distribution").GetString().Should().Be("segmental");
        var error = run.Records[1].GetProperty("errors")[0];
        (error.GetProperty("code").GetString(), error.GetProperty("field").GetString()).Should().Be(("OnsetRegionNotAffected", "onsetRegion"));
    }
}
