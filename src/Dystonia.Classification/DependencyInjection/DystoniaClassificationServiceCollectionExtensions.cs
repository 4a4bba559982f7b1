using System;
using Dystonia.Classification;
using Dystonia.Classification.Validation;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Dystonia.Classification with a service collection.</summary>
public static class DystoniaClassificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDystoniaClassifier"/> (a thread-safe singleton) and
    /// <see cref="IValidator{T}"/> of <see cref="Presentation"/>, without replacing registrations already made, and
    /// validates <see cref="ClassificationOptions"/> when the host starts.
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
        return services;
    }
}
