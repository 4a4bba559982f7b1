using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;
using Dystonia.Classification.Localization;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>End to end: <c>dystonia explain</c> prints one presentation's labels, reasoning and sources as text.</summary>
public sealed class ExplainCommandTests
{
    /// <summary>c-020 of the sample: right-sided hemidystonia after a perinatal brain injury.</summary>
    private static string Hemidystonia => Samples.CohortLines.Single(l => l.Contains("\"c-020\"", StringComparison.Ordinal));

    private const string InvalidPresentation = "{\"id\":\"x-1\",\"ageAtOnset\":200,\"regions\":[{\"region\":\"neck\",\"side\":\"left\"},{\"region\":\"upperLimb\"}]}";

    [Fact]
    public async Task A_valid_presentation_prints_its_labels_reasoning_rule_ids_and_sources_and_exits_0()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("c-020.json", Hemidystonia);

        var run = await DystoniaTool.RunAsync("explain", path);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().BeEmpty();
        var text = run.Stdout;
        text.Should().Contain("Presentation c-020");
        text.Should().MatchRegex(@"(?m)^  Distribution\s+Hemidystonia$");
        text.Should().MatchRegex(@"(?m)^  Etiology\s+Secondary \(established\)$");
        text.Should().MatchRegex(@"(?m)^  Age at onset\s+Adolescence$");
        text.Should().Contain("Reasoning");
        text.Should().Contain("[DIST-HEMIDYSTONIA, applied]");
        text.Should().Contain("[ETIO-SECONDARY, applied]");
        text.Should().Contain("Sources");
        text.Should().MatchRegex(@"(?m)^  albanese2013: .*https://");
    }

    [Fact]
    public async Task Explain_shows_every_rule_and_source_that_classify_reports_for_the_same_presentation()
    {
        using var temp = new TempDirectory();
        var json = temp.Write("c-020.json", Hemidystonia);
        var jsonl = temp.Write("c-020.jsonl", Hemidystonia + "\n");

        var explain = await DystoniaTool.RunAsync("explain", json);
        var classify = await DystoniaTool.RunAsync("classify", jsonl, "-q");

        var result = classify.Records.Single();
        var steps = result.GetProperty("reasoning").EnumerateArray().ToList();
        steps.Should().NotBeEmpty();
        foreach (var step in steps)
        {
            explain.Stdout.Should().Contain("[" + step.GetProperty("ruleId").GetString() + ", ");
            explain.Stdout.Should().Contain(step.GetProperty("text").GetString());
            foreach (var source in step.GetProperty("sources").EnumerateArray())
            {
                explain.Stdout.Should().Contain("  " + source.GetString() + ": ", "every cited source is listed with its citation");
            }
        }

        explain.Stdout.Should().MatchRegex(@"Distribution\s+" + ClinicalTerms.DisplayName(Enum.Parse<Distribution>(result.GetProperty("distribution").GetString()!, ignoreCase: true)));
        explain.Stdout.Should().MatchRegex(@"Heritability\s+" + ClinicalTerms.DisplayName(Enum.Parse<Heritability>(result.GetProperty("heritability").GetString()!, ignoreCase: true)));
    }

    [Fact]
    public async Task An_invalid_presentation_prints_its_errors_with_field_paths_and_codes_and_exits_1()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("invalid.json", InvalidPresentation);

        var run = await DystoniaTool.RunAsync("explain", path);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stdout.Should().Contain("Presentation x-1");
        run.Stdout.Should().Contain("The presentation is invalid:");
        run.Stdout.Should().MatchRegex(@"(?m)^  - regions\[0\]\.side: .*\[SideNotApplicable\]");
        run.Stdout.Should().MatchRegex(@"(?m)^  - regions\[1\]\.side: .*\[LimbSideRequired\]");
        run.Stdout.Should().MatchRegex(@"(?m)^  - ageAtOnset: .*\[AgeOutOfRange\]");
        run.Stdout.Should().NotContain("Reasoning", "an invalid presentation has no labels to explain");
    }

    [Fact]
    public async Task Json_that_the_contract_rejects_prints_the_field_path_and_exits_1()
    {
        var run = await DystoniaTool.RunWithInputAsync("{\"regions\":[{\"region\":\"Neck\"}]}", "explain", "-");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stdout.Should().MatchRegex(@"(?m)^  - regions\[0\]\.region: .*\[UnknownRegion\]");
    }

    [Fact]
    public async Task Malformed_json_prints_a_malformed_input_error_and_exits_1()
    {
        var run = await DystoniaTool.RunWithInputAsync("{\"regions\":[{\"region\":\"neck\"}", "explain", "-");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stdout.Should().Contain("[MalformedInput]");
    }

    [Fact]
    public async Task Reading_from_standard_input_gives_the_same_explanation_as_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("c-020.json", Hemidystonia);

        var fromFile = await DystoniaTool.RunAsync("explain", path);
        var fromStdin = await DystoniaTool.RunWithInputAsync(Hemidystonia, "explain", "-");

        fromStdin.ExitCode.Should().Be(0, fromStdin.ToString());
        fromStdin.Stdout.Should().Be(fromFile.Stdout);
    }

    [Fact]
    public async Task A_pretty_printed_file_with_a_byte_order_mark_is_explained()
    {
        using var temp = new TempDirectory();
        var pretty = "\uFEFF{\r\n  \"id\": \"p-1\",\r\n  \"regions\": [\r\n    { \"region\": \"neck\", \"onset\": true }\r\n  ]\r\n}\r\n";
        var path = temp.Write("pretty.json", Encoding.UTF8.GetBytes(pretty));

        var run = await DystoniaTool.RunAsync("explain", path);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("Presentation p-1").And.MatchRegex(@"Distribution\s+Focal");
    }

    [Fact]
    public async Task Explain_in_latvian_writes_headings_labels_and_reasoning_in_latvian_with_the_same_rule_ids()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("c-020.json", Hemidystonia);

        var run = await DystoniaTool.RunAsync("explain", "--language", "lv", path);

        run.ExitCode.Should().Be(0, run.ToString());
        var lines = run.Stdout.Split('\n');
        lines.Take(13).Should().Equal(
            "Distonijas klasifikācija – noteikumu kopa Albanese2013 1.0.0",
            "Gadījums c-020",
            "",
            "  Izplatība ķermenī          Hemidistonija",
            "  Sākuma vecums              Pusaudža vecums",
            "  Gaita                      Statiska",
            "  Mainība                    Pastāvīga",
            "  Saistītās pazīmes          Izolēta",
            "  Nervu sistēmas patoloģija  Strukturāls bojājums",
            "  Pārmantojamība             Iegūta",
            "  Etioloģija                 Sekundārā (apstiprināta)",
            "  Agrākā kategorija          Sekundārā",
            "");
        lines.Should().Contain(["Pamatojums", "Avoti", "Tikai lēmumu atbalstam: klasifikācija balstās uz ievadītajām atradēm un neaizstāj klīnisko spriedumu."]);
        run.Stdout.Should().Contain("  [DIST-HEMIDYSTONIA, piemērots] Visas skartās daļas (sejas apakšdaļa labajā pusē, labā augšējā ekstremitāte un labā apakšējā ekstremitāte) atrodas pacienta ķermeņa labajā pusē")
            .And.Contain("  [DIST-GENERALIZED, nav piemērots] Nav ģeneralizēta: rumpis nav skarts")
            .And.Contain("  [ETIO-SECONDARY, piemērots] Distonija, ko izraisa cita slimība vai bojājums, ir sekundārā")
            .And.MatchRegex(@"(?m)^  albanese2013: .*https://");
        run.Stdout.Should().NotContainAny("Reasoning", "Sources", "Decision support", "applied]", "not recorded");
    }

    [Fact]
    public async Task Explain_in_latvian_says_what_is_missing_and_what_to_do_next_in_latvian()
    {
        var run = await DystoniaTool.RunWithInputAsync("""{"id":"t-1","regions":[{"region":"upperLimb","side":"left"},{"region":"lowerLimb","side":"left"}]}""", "explain", "--language", "lv", "-");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().MatchRegex(@"(?m)^  Sākuma vecums\s+nav datu$")
            .And.MatchRegex(@"(?m)^  Etioloģija\s+Nenoteikta$")
            .And.MatchRegex(@"(?m)^  Agrākā kategorija\s+nav nosakāma$")
            .And.MatchRegex(@"(?m)^Ieteiktie izmeklējumi$")
            .And.Contain("  - [WORKUP-MRI-HEMIDYSTONIA] Ieteicama galvas smadzeņu MRI, lai meklētu bazālo gangliju vai talāma bojājumu labajā hemisfērā")
            .And.MatchRegex(@"(?m)^Trūkstošās atrades$")
            .And.Contain("  - ageAtOnset: Sākuma vecums: nepieciešams");
    }

    [Fact]
    public async Task Explain_in_latvian_keeps_field_paths_and_error_codes_of_an_invalid_presentation()
    {
        var run = await DystoniaTool.RunWithInputAsync(InvalidPresentation, "explain", "--language", "lv", "-");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stdout.Should().Contain("Gadījums x-1").And.Contain("Gadījuma dati nav derīgi:");
        run.Stdout.Should().MatchRegex(@"(?m)^  - regions\[1\]\.side: .*\[LimbSideRequired\]");
    }

    [Fact]
    public async Task An_unsupported_language_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("c-020.json", Hemidystonia);

        var run = await DystoniaTool.RunAsync("explain", "--language", "de", path);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData("-")]
    [InlineData("file")]
    public async Task A_presentation_longer_than_the_maximum_record_size_is_invalid_as_in_classify_and_exits_1(string source)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("c-020.json", Hemidystonia);

        var run = source == "-"
            ? await DystoniaTool.RunWithInputAsync(Hemidystonia, "explain", "--max-record-size", "100", "-")
            : await DystoniaTool.RunAsync("explain", "--max-record-size", "100", path);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stdout.Should().Contain("[RecordTooLarge]").And.NotContain("c-020", "the record is not read past the limit");
        (await DystoniaTool.RunAsync("explain", "--max-record-size", "1K", path)).ExitCode.Should().Be(0, "the same record fits in 1 KiB");
    }

    [Fact]
    public async Task A_maximum_record_size_that_is_not_a_size_is_a_usage_error()
    {
        var run = await DystoniaTool.RunWithInputAsync(Hemidystonia, "explain", "--max-record-size", "lots", "-");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("--max-record-size");
    }

    [Fact]
    public async Task No_body_map_for_an_invalid_presentation_is_said_in_the_language_of_the_run()
    {
        using var temp = new TempDirectory();

        var run = await DystoniaTool.RunWithInputAsync(InvalidPresentation, "explain", "--language", "lv", "--svg", Path.Combine(temp.Path, "map.svg"), "-");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("ķermeņa karte netika ierakstīta");
        File.Exists(Path.Combine(temp.Path, "map.svg")).Should().BeFalse();
    }

    [Fact]
    public async Task A_missing_file_exits_3_and_names_it()
    {
        using var temp = new TempDirectory();

        var run = await DystoniaTool.RunAsync("explain", temp.File("absent.json"));

        run.ExitCode.Should().Be(3, run.ToString());
        run.Stderr.Should().Contain("absent.json").And.Contain("no such file");
        run.Stdout.Should().BeEmpty();
    }
}
