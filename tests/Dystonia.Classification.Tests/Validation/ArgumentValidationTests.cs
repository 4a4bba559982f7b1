using System.Collections.Generic;
using Dystonia.Classification.Serialization;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Tests.Validation;

/// <summary>
/// The public result and error types refuse arguments that would fail later, far from the caller: an invalid result
/// with a null error (which made <see cref="DystoniaJson.WriteResult"/> throw <see cref="NullReferenceException"/>),
/// an error without a code, and a presentation holding values outside its enums (written, (Variability)(-1) came back
/// as all four values: an invalid presentation turned valid).
/// </summary>
public sealed class ArgumentValidationTests
{
    private static readonly ClassificationError Error = new("regions", ErrorCodes.RegionsRequired, "Required.");

    [Fact]
    public void An_invalid_result_with_a_null_error_is_refused_where_it_is_made()
    {
        var act = () => ClassificationResult.Invalid("x", [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("errors");
    }

    [Fact]
    public void An_invalid_result_keeps_its_errors_as_they_were_when_it_was_made()
    {
        var errors = new List<ClassificationError> { Error };
        var result = ClassificationResult.Invalid("x", errors);

        errors.Clear();

        result.Errors.Should().ContainSingle().Which.Should().BeSameAs(Error);
    }

    [Fact]
    public void An_error_needs_a_field_a_code_and_a_message()
    {
        ((Action)(() => _ = new ClassificationError(null!, "C", "m"))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new ClassificationError("f", null!, "m"))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new ClassificationError("f", "C", null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new ClassificationError("f", "", "m"))).Should().Throw<ArgumentException>().WithParameterName("code");
        new ClassificationError("", "C", "m").Field.Should().BeEmpty("an error of the whole record has an empty field path");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1 << 20)]
    public void Writing_a_presentation_refuses_flags_outside_the_enum(int variability)
    {
        var presentation = new Presentation { Regions = [new AffectedRegion(BodyRegion.Neck)], Variability = (Variability)variability };

        var act = () => DystoniaJson.WritePresentation(presentation);

        act.Should().Throw<ArgumentException>().WithMessage("*Variability*");
    }

    [Fact]
    public void Writing_a_presentation_refuses_a_value_outside_its_enum()
    {
        var presentation = new Presentation { Regions = [new AffectedRegion(BodyRegion.Neck)], Course = (Course)99 };

        var act = () => DystoniaJson.WritePresentation(presentation);

        act.Should().Throw<ArgumentException>().WithMessage("*Course*");
    }

    [Fact]
    public void Defined_values_are_written_as_before()
    {
        var presentation = new Presentation { Regions = [new AffectedRegion(BodyRegion.Neck)], Variability = Variability.ActionSpecific | Variability.Diurnal, Course = Course.Static };

        DystoniaJson.WritePresentation(presentation).Should().Contain("\"variability\":[\"actionSpecific\",\"diurnal\"]").And.Contain("\"course\":\"static\"");
    }
}
