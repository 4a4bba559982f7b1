using System.Collections.Generic;
using System.Text;
using Dystonia.Classification.Serialization;
using Dystonia.Classification.Tests.Properties;
using Dystonia.Classification.Validation;
using FsCheck;
using FsCheck.Fluent;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Privacy;

/// <summary>
/// Error messages and exceptions name the field and the kind of problem, never the value: records carrying a
/// distinctive id, age, date and free text into every kind of invalid input must not get any of them back.
/// </summary>
public sealed class PatientDataTests
{
    private static void ShouldNotLeak(IEnumerable<ClassificationError> errors, string input)
    {
        foreach (var error in errors)
        {
            foreach (var marker in PatientData.Markers)
            {
                error.Message.Should().NotContain(marker, "the message for {0} must not repeat the input", input);
                error.Field.Should().NotContain(marker, "the field path for {0} must not hold a value", input);
                error.ToString().Should().NotContain(marker);
            }
        }
    }

    [Fact]
    public void Json_records_invalid_in_every_way_get_errors_that_repeat_no_patient_data()
    {
        foreach (var record in PatientData.InvalidRecords)
        {
            var read = DystoniaJson.ReadPresentation(record);
            var result = DystoniaJson.Classify(Classifier, Encoding.UTF8.GetBytes(record));

            result.IsClassified.Should().BeFalse(record);
            result.Errors.Should().NotBeEmpty();
            ShouldNotLeak(read.Errors, record);
            ShouldNotLeak(result.Errors, record);
        }
    }

    [Fact]
    public void Presentations_made_invalid_in_code_get_errors_that_repeat_no_patient_data()
    {
        var valid = Gen.Sample(PresentationGenerators.Presentation, 1_000, new Rnd(PresentationGenerators.Seed), 50);
        int i = 0;
        foreach (var presentation in valid)
        {
            var broken = new Presentation
            {
                Id = i % 3 == 0 ? string.Concat(Enumerable.Repeat(PatientData.Id, 12)) : PatientData.Id,
                Regions = i % 4 == 0 ? [.. presentation.Regions, presentation.Regions[0]] : presentation.Regions,
                OnsetRegion = presentation.OnsetRegion,
                AgeAtOnset = i % 2 == 0 ? double.Parse(PatientData.Age, System.Globalization.CultureInfo.InvariantCulture) : presentation.AgeAtOnset,
                Course = presentation.Course,
                Variability = presentation.Variability,
                AssociatedFeatures = presentation.AssociatedFeatures,
                Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding(PatientData.FreeText) },
            };
            i++;

            var result = Classifier.Classify(broken);

            result.IsClassified.Should().BeFalse();
            ShouldNotLeak(result.Errors, PresentationGenerators.Describe(broken));
            ShouldNotLeak(PresentationValidator.Instance.ValidateToErrors(broken), PresentationGenerators.Describe(broken));
        }
    }

    [Fact]
    public void Exceptions_of_the_public_api_repeat_no_patient_data()
    {
        var invalid = Classifier.Classify(new Presentation { Id = PatientData.Id, AgeAtOnset = 987.654 });
        var messages = new[]
        {
            Record.Exception(() => invalid.Labels)!.Message,
            Record.Exception(() => ClassificationResult.Invalid(PatientData.Id, []))!.Message,
            Record.Exception(() => new GeneticFinding(null!))!.Message,
            Record.Exception(() => new DystoniaClassifier(new ClassificationOptions { EarlyOnsetMaximumAge = 987 }))!.Message,
        };

        foreach (var marker in PatientData.Markers.Append("987"))
        {
            messages.Should().NotContain(m => m.Contains(marker, StringComparison.Ordinal));
        }
    }
}
