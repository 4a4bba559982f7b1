using System;
using Dystonia.Classification;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Validation;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Dystonia.Classification with a service collection.</summary>
public static class DystoniaClassificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDystoniaClassifier"/> (a thread-safe singleton), <see cref="IValidator{T}"/> of
    /// <see cref="Presentation"/> and <see cref="IStringLocalizer{T}"/> of <see cref="ClinicalStringLocalizer"/> (the
    /// clinician-facing texts in <see cref="ClassificationOptions.Language"/>), without replacing registrations
    /// already made, and validates <see cref="ClassificationOptions"/> when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options; <see langword="null"/> keeps the documented defaults.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddDystoniaClassification(this IServiceCollection services, Action<ClassificationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<ClassificationOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.Validate().Count == 0, "Invalid ClassificationOptions: see ClassificationOptions.Validate() for the settings out of range.")
            .ValidateOnStart();

        services.TryAddSingleton<IDystoniaClassifier>(provider =>
            new DystoniaClassifier(provider.GetRequiredService<IOptions<ClassificationOptions>>().Value));
        services.TryAddSingleton<IValidator<Presentation>>(PresentationValidator.Instance);
        services.TryAddSingleton<IStringLocalizer<ClinicalStringLocalizer>>(provider =>
            ClinicalStringLocalizer.For(provider.GetRequiredService<IOptions<ClassificationOptions>>().Value.Language));
        return services;
    }
}
