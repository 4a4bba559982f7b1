using System.Threading;
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
    public void The_singleton_resolved_by_16_threads_at_once_is_one_instance_configured_once_and_classifies_as_alone()
    {
        int configured = 0;
        using var provider = new ServiceCollection()
            .AddDystoniaClassification(o =>
            {
                Interlocked.Increment(ref configured);
                o.ThreeOrMoreContiguousRegions = ThreeOrMoreContiguousRegions.Multifocal;
            })
            .BuildServiceProvider();
        var presentations = DystoniaClassifierTests.ConcurrencyInputs();
        var alone = new DystoniaClassifier(new ClassificationOptions { ThreeOrMoreContiguousRegions = ThreeOrMoreContiguousRegions.Multifocal });
        var expected = presentations.Select(p => alone.TryClassifyLabels(p, out var labels) ? labels : (ClassificationLabels?)null).ToArray();
        var resolved = new IDystoniaClassifier[16];
        var validators = new IValidator<Presentation>[resolved.Length];
        var mismatches = new int[resolved.Length];
        using var start = new Barrier(resolved.Length);

        var threads = Enumerable.Range(0, resolved.Length).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            resolved[t] = provider.GetRequiredService<IDystoniaClassifier>();
            validators[t] = provider.GetRequiredService<IValidator<Presentation>>();
            for (int i = 0; i < presentations.Length; i++)
            {
                var result = resolved[t].Classify(presentations[i]);
                if ((result.IsClassified ? result.Labels : (ClassificationLabels?)null) != expected[i])
                {
                    mismatches[t]++;
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        resolved.Distinct().Should().ContainSingle();
        validators.Distinct().Should().ContainSingle();
        configured.Should().Be(1, "the options are built once for the singleton");
        mismatches.Should().OnlyContain(m => m == 0);
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
