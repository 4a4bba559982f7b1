using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dystonia.Classification.Tests.DependencyInjection;

/// <summary>AddDystoniaClassification registers a singleton classifier and the validator, and validates options.</summary>
public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_a_singleton_classifier_and_the_validator()
    {
        using var provider = new ServiceCollection().AddDystoniaClassification().BuildServiceProvider();

        var first = provider.GetRequiredService<IDystoniaClassifier>();
        provider.GetRequiredService<IDystoniaClassifier>().Should().BeSameAs(first);
        provider.GetRequiredService<IValidator<Presentation>>().Should().NotBeNull();
    }

    [Fact]
    public void Options_configure_the_classifier()
    {
        using var provider = new ServiceCollection()
            .AddDystoniaClassification(o => o.ThreeOrMoreContiguousRegions = ThreeOrMoreContiguousRegions.Multifocal)
            .BuildServiceProvider();

        var result = provider.GetRequiredService<IDystoniaClassifier>().Classify(new Presentation { Regions = [BodyRegion.UpperFace, BodyRegion.LowerFace, BodyRegion.Neck] });

        result.Labels.Distribution.Should().Be(Distribution.Multifocal);
    }

    [Fact]
    public void Does_not_replace_a_classifier_registered_earlier()
    {
        var mine = new DystoniaClassifier();
        using var provider = new ServiceCollection()
            .AddSingleton<IDystoniaClassifier>(mine)
            .AddDystoniaClassification()
            .BuildServiceProvider();

        provider.GetRequiredService<IDystoniaClassifier>().Should().BeSameAs(mine);
    }

    [Fact]
    public void Invalid_options_fail_validation_naming_the_options_type()
    {
        using var provider = new ServiceCollection()
            .AddDystoniaClassification(o => o.WilsonScreeningBeforeAge = -1)
            .BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<IOptions<ClassificationOptions>>().Value;

        resolve.Should().Throw<OptionsValidationException>().WithMessage("*ClassificationOptions*");
    }

    [Fact]
    public void Invalid_options_are_reported_at_start_by_the_start_up_validator()
    {
        using var provider = new ServiceCollection()
            .AddDystoniaClassification(o => o.EarlyOnsetMaximumAge = 500)
            .BuildServiceProvider();

        var validateOnStart = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validateOnStart.Should().Throw<OptionsValidationException>();
    }
}
