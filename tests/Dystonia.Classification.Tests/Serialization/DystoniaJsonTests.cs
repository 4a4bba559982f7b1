using System.Text;
using Dystonia.Classification.Serialization;
using Dystonia.Classification.Validation;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Serialization;

/// <summary>The JSON contract: strict reading with field paths, and round trips that keep the classification.</summary>
public sealed class DystoniaJsonTests
{
    private const string Example =
        """{"id":"p-017","ageAtOnset":34,"regions":[{"region":"neck"},{"region":"upperLimb","side":"left","onset":true}],"course":"progressive","variability":["actionSpecific"],"associatedFeatures":{"movementDisorders":["tremor"],"neurological":[],"systemic":[]},"etiology":{"nervousSystemPathology":"none","acquiredCauses":[],"geneticFinding":{"gene":"THAP1"},"familyHistory":true}}""";

    private static ClassificationError SingleError(string json)
    {
        var read = DystoniaJson.ReadPresentation(json);
        read.Succeeded.Should().BeFalse();
        return read.Errors.Should().ContainSingle().Subject;
    }

    [Fact]
    public void The_issue_example_reads_into_the_presentation_it_describes()
    {
        var presentation = DystoniaJson.ReadPresentation(Example).Presentation!;

        presentation.Id.Should().Be("p-017");
        presentation.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck), new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left));
        presentation.OnsetRegion.Should().Be(new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left));
        presentation.AgeAtOnset.Should().Be(34);
        presentation.Course.Should().Be(Course.Progressive);
        presentation.Variability.Should().Be(Variability.ActionSpecific);
        presentation.AssociatedFeatures!.MovementDisorders.Should().Be(MovementDisorders.Tremor);
        presentation.Etiology.Pathology.Should().Be(NervousSystemPathology.None);
        presentation.Etiology.GeneticFinding!.Gene.Should().Be("THAP1");
        presentation.Etiology.FamilyHistory.Should().Be(FamilyHistory.Positive);
    }

    [Fact]
    public void A_presentation_written_and_read_back_classifies_to_the_same_result_json()
    {
        var original = DystoniaJson.ReadPresentation(Example).Presentation!;
        var roundTripped = DystoniaJson.ReadPresentation(DystoniaJson.WritePresentation(original)).Presentation!;

        DystoniaJson.WriteResult(Classifier.Classify(roundTripped)).Should().Be(DystoniaJson.WriteResult(Classifier.Classify(original)));
    }

    [Theory]
    [InlineData(34.0, "34")]
    [InlineData(2.999, "2.999")]
    [InlineData(0.1, "0.1")]
    [InlineData(-0.0, "0")]
    [InlineData(1.0 / 3.0, "0.3333333333333333")]
    [InlineData(40.000000000000007, "40.00000000000001")]
    public void A_written_age_is_the_shortest_text_that_reads_back_as_the_same_number(double age, string expected)
    {
        // The same bytes from both assets and every runtime (the serializer's own formatting on .NET Framework wrote
        // 2.999 as 2.9990000000000001, and -0 as it is).
        var json = DystoniaJson.WritePresentation(new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = age });

        json.Should().Contain("\"ageAtOnset\":" + expected + ",");
        DystoniaJson.ReadPresentation(json).Presentation!.AgeAtOnset.Should().Be(age == 0 ? 0 : age);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_presentation_whose_age_json_cannot_hold_is_refused_by_the_writer_with_a_documented_exception(double age)
    {
        var write = () => DystoniaJson.WritePresentation(new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = age });

        write.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("presentation");
    }

    [Theory]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-1e400", double.NegativeInfinity)]
    public void A_number_beyond_double_range_is_read_as_infinite_and_reported_as_an_age_out_of_range(string number, double expected)
    {
        var json = "{\"regions\":[{\"region\":\"neck\"}],\"ageAtOnset\":" + number + "}";

        DystoniaJson.ReadPresentation(json).Presentation!.AgeAtOnset.Should().Be(expected);
        DystoniaJson.Classify(Classifier, Encoding.UTF8.GetBytes(json)).Errors.Should().ContainSingle()
            .Which.Code.Should().Be(ErrorCodes.AgeOutOfRange);
    }

    [Fact]
    public void Every_sample_presentation_round_trips_to_the_same_result()
    {
        foreach (var line in File.ReadLines(RepositoryFiles.Path("samples", "cohort.jsonl")))
        {
            var presentation = DystoniaJson.ReadPresentation(line).Presentation!;
            var again = DystoniaJson.ReadPresentation(DystoniaJson.WritePresentation(presentation)).Presentation!;

            DystoniaJson.WriteResult(Classifier.Classify(again)).Should().Be(DystoniaJson.WriteResult(Classifier.Classify(presentation)), line);
        }
    }

    [Theory]
    [InlineData("upperLimb:both", "upperLimb:left", """[{"region":"upperLimb","side":"left","onset":true},{"region":"upperLimb","side":"right","onset":null}]""")]
    [InlineData("upperLimb:left upperLimb:right", "upperLimb:both", """[{"region":"upperLimb","side":"both","onset":true}]""")]
    [InlineData("upperFace", "upperFace:left", """[{"region":"upperFace","side":null,"onset":true}]""")]
    public void An_onset_region_that_is_no_entry_as_given_is_written_through_an_equivalent_listing(string regions, string onset, string regionsJson)
    {
        var presentation = new Presentation { Regions = regions.Split(' ').Select(Region).ToArray(), OnsetRegion = Region(onset), AgeAtOnset = 9, Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None } };

        var json = DystoniaJson.WritePresentation(presentation);
        var readBack = DystoniaJson.ReadPresentation(json).Presentation!;

        json.Should().Contain("\"regions\":" + regionsJson);
        DystoniaJson.WriteResult(Classifier.Classify(readBack)).Should().Be(DystoniaJson.WriteResult(Classifier.Classify(presentation)));
    }

    [Fact]
    public void Omitted_fields_mean_not_recorded()
    {
        var presentation = DystoniaJson.ReadPresentation("""{"regions":[{"region":"neck"}]}""").Presentation!;

        presentation.AssociatedFeatures.Should().BeNull();
        presentation.Course.Should().Be(Course.Unknown);
        presentation.Etiology.Pathology.Should().Be(NervousSystemPathology.NotAssessed);
        presentation.Etiology.FamilyHistory.Should().Be(FamilyHistory.Unknown);
    }

    [Theory]
    [InlineData("""{"regions":[{"region":"neck"}],"colour":"red"}""", "colour", ErrorCodes.UnknownProperty)]
    [InlineData("""{"regions":[{"region":"neck"}],"Id":"a"}""", "Id", ErrorCodes.UnknownProperty)]
    [InlineData("""{"regions":[{"region":"neck","laterality":"left"}]}""", "regions[0].laterality", ErrorCodes.UnknownProperty)]
    [InlineData("""{"regions":[{"region":"neck"}],"id":"a","id":"b"}""", "id", ErrorCodes.DuplicateProperty)]
    [InlineData("""{"regions":[{"region":"Neck"}]}""", "regions[0].region", ErrorCodes.UnknownRegion)]
    [InlineData("""{"regions":[{"region":"NECK"}]}""", "regions[0].region", ErrorCodes.UnknownRegion)]
    [InlineData("""{"regions":[{"region":4}]}""", "regions[0].region", ErrorCodes.WrongType)]
    [InlineData("""{"regions":[{"region":"upperLimb","side":"Left"}]}""", "regions[0].side", ErrorCodes.UnknownSide)]
    [InlineData("""{"regions":[{"region":"neck"}],"ageAtOnset":"34"}""", "ageAtOnset", ErrorCodes.WrongType)]
    [InlineData("""{"regions":[{"region":"neck"}],"course":"Static"}""", "course", ErrorCodes.UnknownCourse)]
    [InlineData("""{"regions":[{"region":"neck"}],"variability":"diurnal"}""", "variability", ErrorCodes.WrongType)]
    [InlineData("""{"regions":[{"region":"neck"}],"variability":["sometimes"]}""", "variability[0]", ErrorCodes.UnknownVariability)]
    [InlineData("""{"regions":[{"region":"neck"}],"etiology":{"acquiredCauses":["stroke"]}}""", "etiology.acquiredCauses[0]", ErrorCodes.UnknownAcquiredCause)]
    [InlineData("""{"regions":[{"region":"neck"}],"etiology":{"familyHistory":"yes"}}""", "etiology.familyHistory", ErrorCodes.WrongType)]
    [InlineData("""{"regions":[{"region":"neck"}],"etiology":{"nervousSystemPathology":"normal"}}""", "etiology.nervousSystemPathology", ErrorCodes.UnknownPathology)]
    [InlineData("""{"regions":[{"region":"neck"}],"etiology":{"geneticFinding":{"inheritance":"dominant","gene":"TOR1A"}}}""", "etiology.geneticFinding.inheritance", ErrorCodes.UnknownInheritance)]
    [InlineData("""{"regions":[{"region":"neck"}],"associatedFeatures":{"movementDisorders":["dystonia"]}}""", "associatedFeatures.movementDisorders[0]", ErrorCodes.UnknownMovementDisorder)]
    [InlineData("""{"regions":{}}""", "regions", ErrorCodes.WrongType)]
    [InlineData("""[{"regions":[]}]""", "", ErrorCodes.WrongType)]
    [InlineData("""{"regions":[{"region":"neck"}]""", "", ErrorCodes.MalformedInput)]
    [InlineData("""{"regions":[{"region":"neck"}],"ageAtOnset":NaN}""", "ageAtOnset", ErrorCodes.MalformedInput)]
    [InlineData("""{"regions":[{"region":"neck"}],}""", "", ErrorCodes.MalformedInput)]
    [InlineData("""{"regions":[null]}""", "regions[0]", ErrorCodes.RequiredValueMissing)]
    [InlineData("""{"regions":[{"side":"left"}]}""", "regions[0].region", ErrorCodes.RequiredValueMissing)]
    [InlineData("""{"regions":[{"region":"neck","onset":true},{"region":"trunk","onset":true}]}""", "regions[1].onset", ErrorCodes.MultipleOnsetRegions)]
    [InlineData("""{"regions":[{"region":"neck"}],"etiology":{"geneticFinding":{}}}""", "etiology.geneticFinding.gene", ErrorCodes.RequiredValueMissing)]
    public void A_contract_violation_names_the_field_and_the_code(string json, string field, string code)
    {
        var error = SingleError(json);

        error.Field.Should().Be(field);
        error.Code.Should().Be(code);
    }

    [Theory]
    [InlineData(
        """{"id":"m-1","ageAtOnset":"34","regions":[{"region":"neck"},{"region":"trunk"},{"region":"Jaw"}],"associatedFeatures":{"movementDisorders":["tremor","jerks"]}}""",
        "WrongType at ageAtOnset", "UnknownRegion at regions[2].region", "UnknownMovementDisorder at associatedFeatures.movementDisorders[1]")]
    [InlineData(
        """{"colour":{"a":[1]},"regions":[null,5,{"side":"left"},{"region":"upperLimb","side":"top","onset":"yes"}]}""",
        "UnknownProperty at colour", "RequiredValueMissing at regions[0]", "WrongType at regions[1]", "RequiredValueMissing at regions[2].region", "UnknownSide at regions[3].side", "WrongType at regions[3].onset")]
    [InlineData(
        """{"regions":[{"region":"neck"}],"variability":[1,"often","persistent"],"course":"Static","course":"static"}""",
        "WrongType at variability[0]", "UnknownVariability at variability[1]", "UnknownCourse at course", "DuplicateProperty at course")]
    [InlineData(
        """{"regions":[{"region":"neck"}],"etiology":{"geneticFinding":{"gene":7,"inheritance":"dominant"},"familyHistory":"no","acquiredCauses":["drug","stroke","toxin"]}}""",
        "WrongType at etiology.geneticFinding.gene", "UnknownInheritance at etiology.geneticFinding.inheritance", "WrongType at etiology.familyHistory", "UnknownAcquiredCause at etiology.acquiredCauses[1]", "UnknownAcquiredCause at etiology.acquiredCauses[2]")]
    [InlineData(
        """{"regions":[{"region":"neck","onset":true},{"region":"Trunk","onset":true},{"region":"larynx","onset":true}],"associatedFeatures":{"neurological":"seizures","systemic":["kidney"]}}""",
        "UnknownRegion at regions[1].region", "MultipleOnsetRegions at regions[2].onset", "WrongType at associatedFeatures.neurological", "UnknownSystemicFeature at associatedFeatures.systemic[0]")]
    public void Every_contract_violation_of_a_record_is_reported_in_order_with_its_indexed_path(string json, params string[] expected)
    {
        var read = DystoniaJson.ReadPresentation(json);

        read.Succeeded.Should().BeFalse();
        read.Errors.Select(e => e.Code + " at " + e.Field).Should().Equal(expected);
    }

    [Theory]
    [InlineData("""{"id":"m-2","regions":[{"region":"Neck"}],"course":"static""", "course")]
    [InlineData("""{"id":"m-2","regions":[{"region":"Neck"},{"region":"trunk",}]}""", "regions[1]")]
    public void Text_that_is_not_json_stops_the_record_with_one_error_even_after_contract_errors(string json, string field)
    {
        var read = DystoniaJson.ReadPresentation(json);

        read.Id.Should().Be("m-2");
        read.Errors.Should().ContainSingle().Which.Should().Match<ClassificationError>(e => e.Code == ErrorCodes.MalformedInput && e.Field == field);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' })]
    public void Text_that_is_not_valid_utf8_is_malformed_input_naming_the_field_not_an_exception(byte[] bad)
    {
        byte[] json = [.. "{\"regions\":[{\"region\":\"neck\"}],\"id\":\"p-1"u8, .. bad, .. "\"}"u8];

        var read = DystoniaJson.ReadPresentation(json);

        read.Succeeded.Should().BeFalse();
        read.Id.Should().BeNull();
        read.Errors.Should().ContainSingle().Which.Should().Match<ClassificationError>(e => e.Field == "id" && e.Code == ErrorCodes.MalformedInput);
        SingleError("""{"regions":[{"region":"neck"}],"id":17}""").Code.Should().Be(ErrorCodes.WrongType, "a number where text belongs is still the wrong type");
    }

    [Fact]
    public void Deeply_nested_input_is_rejected_not_crashing()
    {
        var json = "{\"regions\":" + new string('[', 5000) + new string(']', 5000) + "}";

        SingleError(json).Code.Should().BeOneOf(ErrorCodes.MalformedInput, ErrorCodes.WrongType);
    }

    [Fact]
    public void Error_messages_never_repeat_the_input_value()
    {
        var errors = new[]
        {
            SingleError("""{"regions":[{"region":"SECRET-REGION"}]}"""),
            SingleError("""{"regions":[{"region":"neck"}],"SECRET-KEY":1}"""),
            SingleError("""{"regions":[{"region":"neck"}],"ageAtOnset":"SECRET-AGE"}"""),
        };

        errors.Should().OnlyContain(e => !e.Message.Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void A_huge_age_reads_and_is_then_rejected_by_validation()
    {
        var result = DystoniaJson.Classify(Classifier, Encoding.UTF8.GetBytes("""{"regions":[{"region":"neck"}],"ageAtOnset":1e999}"""));

        result.IsClassified.Should().BeFalse();
        result.Errors.Single().Field.Should().Be("ageAtOnset");
    }

    [Fact]
    public void Classify_from_json_keeps_the_id_of_an_unreadable_record_when_it_can()
    {
        var result = DystoniaJson.Classify(Classifier, Encoding.UTF8.GetBytes("""{"id":"r-9","regions":[null]}"""));

        result.Status.Should().Be(ClassificationStatus.Invalid);
        result.PresentationId.Should().Be("r-9");
    }

    [Theory]
    [InlineData("""{"id":"r-10","regions":[{"region":"Neck"}]}""")]
    [InlineData("""{"id":"r-10","colour":1,"regions":[]}""")]
    [InlineData("""{"id":"r-10","regions":[{"region":"neck"}],"ageAtOnset":"x"}""")]
    [InlineData("""{"id":"r-10","regions":[{"region":"neck"}]""")]
    public void A_record_that_breaks_the_contract_keeps_its_id_when_the_id_comes_first(string json)
    {
        DystoniaJson.ReadPresentation(json).Id.Should().Be("r-10");
    }

    [Fact]
    public void Result_json_uses_the_contract_names_and_includes_reasoning_unless_asked_not_to()
    {
        var result = Classifier.Classify(DystoniaJson.ReadPresentation(Example).Presentation!);

        var full = DystoniaJson.WriteResult(result, new ResultWriteOptions { Line = 7 });
        var lean = DystoniaJson.WriteResult(result, new ResultWriteOptions { IncludeReasoning = false });

        full.Should().StartWith("""{"line":7,"id":"p-017","status":"classified","language":"en","distribution":"segmental",""");
        full.Should().Contain("\"reasoning\":[{\"ruleId\":\"DIST-SEGMENTAL\",\"axis\":\"distribution\",\"outcome\":\"applied\"");
        lean.Should().NotContain("\"reasoning\"").And.NotContain("\"text\"").And.NotContain("\"line\"").And.NotContain("\"language\"");
        lean.Should().Contain("\"etiology\":\"primary\",\"etiologyCertainty\":\"established\"");
    }

    [Fact]
    public void An_invalid_result_is_written_with_errors_and_without_labels()
    {
        var json = DystoniaJson.WriteResult(Classifier.Classify(new Presentation { Id = "x" }));

        json.Should().Be("""{"id":"x","status":"invalid","errors":[{"field":"regions","code":"RegionsRequired","message":"At least one affected body region is required."}],"ruleSet":{"name":"Albanese2013","version":"1.0.0"}}""");
    }

    [Fact]
    public void An_invalid_result_needs_at_least_one_error()
    {
        var create = () => ClassificationResult.Invalid("x", []);

        create.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("""{"regions":[{"region":"neck"}]} x""", "")]
    [InlineData("""{"regions":[{"region":"neck"}]}{}""", "")]
    [InlineData("""{"regions":[{"region":"neck",}]}""", "regions[0]")]
    [InlineData("""{"regions": [""", "regions[0]")]
    [InlineData("""{"regions":[{"region":"neck"},""", "regions[1]")]
    [InlineData("""{"etiology":{"geneticFinding":{"gene":"TOR1A" "x"}}}""", "etiology.geneticFinding")]
    public void Malformed_json_is_reported_where_it_breaks(string json, string field)
    {
        var error = SingleError(json);

        error.Code.Should().Be(ErrorCodes.MalformedInput);
        error.Field.Should().Be(field);
    }

    [Fact]
    public void Escaped_property_names_and_values_read_like_plain_ones()
    {
        var read = DystoniaJson.ReadPresentation("""{"\u0069d":"a","regions":[{"region":"n\u0065ck"}]}""");

        read.Presentation!.Id.Should().Be("a");
        read.Presentation.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
    }

    [Fact]
    public void An_unknown_property_with_a_very_long_name_is_named_but_cut_short()
    {
        var error = SingleError("{\"regions\":[{\"region\":\"neck\"}],\"" + new string('x', 10_000) + "\":1}");

        error.Code.Should().Be(ErrorCodes.UnknownProperty);
        error.Field.Length.Should().BeLessThan(100);
        error.Field.Should().StartWith("xxxx");
    }

    [Fact]
    public void Null_means_not_recorded_for_every_optional_field()
    {
        var presentation = DystoniaJson.ReadPresentation(
            """{"id":null,"ageAtOnset":null,"regions":[{"region":"neck","side":null,"onset":null}],"course":null,"variability":null,"associatedFeatures":null,"etiology":{"nervousSystemPathology":null,"acquiredCauses":null,"geneticFinding":null,"familyHistory":null}}""").Presentation!;

        presentation.Id.Should().BeNull();
        presentation.AgeAtOnset.Should().BeNull();
        presentation.OnsetRegion.Should().BeNull();
        presentation.Course.Should().Be(Course.Unknown);
        presentation.AssociatedFeatures.Should().BeNull();
        presentation.Etiology.Pathology.Should().Be(NervousSystemPathology.NotAssessed);
        presentation.Etiology.FamilyHistory.Should().Be(FamilyHistory.Unknown);
    }
}
