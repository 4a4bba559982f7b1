using System.Collections.Generic;
using System.Linq;
using Dystonia.Classification.Internal;
using FluentValidation;
using FluentValidation.Results;

namespace Dystonia.Classification.Validation;

/// <summary>
/// Checks a <see cref="Presentation"/> and names every problem by its JSON field path, with a stable code from
/// <see cref="ErrorCodes"/>. The classifier uses it; it can also be used on its own, for example to check a form
/// before submitting it.
/// </summary>
/// <remarks>Messages never echo the offending value.</remarks>
/// <threadsafety>Instances are thread-safe once constructed; <see cref="Instance"/> is shared.</threadsafety>
public sealed class PresentationValidator : AbstractValidator<Presentation>
{
    /// <summary>Creates the validator.</summary>
    public PresentationValidator()
    {
        RuleFor(p => p.Id)
            .Must(InputRules.IsValidId)
            .OverridePropertyName("id")
            .WithErrorCode(ErrorCodes.InvalidId)
            .WithMessage("The id must be 1 to 200 characters when given.");

        RuleFor(p => p.Regions)
            .NotEmpty()
            .OverridePropertyName("regions")
            .WithErrorCode(ErrorCodes.RegionsRequired)
            .WithMessage("At least one affected body region is required.");

        RuleFor(p => p).Custom(CheckRegions);

        RuleFor(p => p.AgeAtOnset)
            .Must(age => age is not { } value || InputRules.IsValidAge(value))
            .OverridePropertyName("ageAtOnset")
            .WithErrorCode(ErrorCodes.AgeOutOfRange)
            .WithMessage("Age at onset must be a number of years from 0 to 120.");

        RuleFor(p => p.Course)
            .Must(InputRules.IsDefined)
            .OverridePropertyName("course")
            .WithErrorCode(ErrorCodes.UnknownCourse)
            .WithMessage("Course must be static, progressive or unknown.");

        RuleFor(p => p.Variability)
            .Must(InputRules.IsDefined)
            .OverridePropertyName("variability")
            .WithErrorCode(ErrorCodes.UnknownVariability)
            .WithMessage("Variability must be any of persistent, actionSpecific, diurnal and paroxysmal.");

        When(p => p.AssociatedFeatures is not null, () =>
        {
            RuleFor(p => p.AssociatedFeatures!.MovementDisorders)
                .Must(InputRules.IsDefined)
                .OverridePropertyName("associatedFeatures.movementDisorders")
                .WithErrorCode(ErrorCodes.UnknownMovementDisorder)
                .WithMessage("Movement disorders must be among tremor, parkinsonism, myoclonus, chorea, athetosis, ataxia and spasticity.");
            RuleFor(p => p.AssociatedFeatures!.Neurological)
                .Must(InputRules.IsDefined)
                .OverridePropertyName("associatedFeatures.neurological")
                .WithErrorCode(ErrorCodes.UnknownNeurologicalFeature)
                .WithMessage("Neurological features must be among the values listed in the JSON contract.");
            RuleFor(p => p.AssociatedFeatures!.Systemic)
                .Must(InputRules.IsDefined)
                .OverridePropertyName("associatedFeatures.systemic")
                .WithErrorCode(ErrorCodes.UnknownSystemicFeature)
                .WithMessage("Systemic features must be among liverDisease, kidneyDisease and other.");
        });

        RuleFor(p => p.Etiology.Pathology)
            .Must(InputRules.IsDefined)
            .OverridePropertyName("etiology.nervousSystemPathology")
            .WithErrorCode(ErrorCodes.UnknownPathology)
            .WithMessage("Nervous-system pathology must be degeneration, structuralLesion, none or notAssessed.");

        RuleFor(p => p.Etiology.AcquiredCauses)
            .Must(InputRules.IsDefined)
            .OverridePropertyName("etiology.acquiredCauses")
            .WithErrorCode(ErrorCodes.UnknownAcquiredCause)
            .WithMessage("Acquired causes must be among perinatalBrainInjury, infection, drug, toxic, vascular, neoplastic, brainInjury, autoimmune, metabolic and psychogenic.");

        RuleFor(p => p.Etiology.FamilyHistory)
            .Must(InputRules.IsDefined)
            .OverridePropertyName("etiology.familyHistory")
            .WithErrorCode(ErrorCodes.UnknownFamilyHistory)
            .WithMessage("Family history must be positive, negative or unknown.");

        When(p => p.Etiology.GeneticFinding is not null, () =>
        {
            RuleFor(p => p.Etiology.GeneticFinding!.Gene)
                .Must(InputRules.IsWellFormedGeneSymbol)
                .OverridePropertyName("etiology.geneticFinding.gene")
                .WithErrorCode(ErrorCodes.InvalidGeneSymbol)
                .WithMessage("The gene must be an HGNC symbol such as TOR1A: a letter, then letters, digits or hyphens, at most 20 characters.");
            RuleFor(p => p.Etiology.GeneticFinding!.Inheritance)
                .Must(InputRules.IsDefined)
                .OverridePropertyName("etiology.geneticFinding.inheritance")
                .WithErrorCode(ErrorCodes.UnknownInheritance)
                .WithMessage("Inheritance must be autosomalDominant, autosomalRecessive, xLinkedRecessive or mitochondrial.");
        });
    }

    /// <summary>Gets a shared instance.</summary>
    public static PresentationValidator Instance { get; } = new();

    /// <summary>Validates a presentation and returns its problems as <see cref="ClassificationError"/>s.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>One error per problem; empty when the presentation is valid.</returns>
    public IReadOnlyList<ClassificationError> ValidateToErrors(Presentation presentation) =>
        Validate(presentation).Errors.Select(failure => new ClassificationError(failure.PropertyName, failure.ErrorCode, failure.ErrorMessage)).ToArray();

    private static void CheckRegions(Presentation presentation, ValidationContext<Presentation> context)
    {
        uint seen = 0;
        uint cranialLeft = 0;
        uint cranialRight = 0;
        var regions = presentation.Regions;
        for (int i = 0; i < regions.Count; i++)
        {
            string path = "regions[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var region = regions[i];
            if (!CheckRegion(region, path, context))
            {
                continue;
            }

            uint slots = InputRules.SlotsOf(region);
            if ((seen & slots) != 0)
            {
                context.AddFailure(Failure(path, ErrorCodes.DuplicateRegion, "This region is already listed; a limb given as both also covers its left and right side."));
                continue;
            }

            seen |= slots;
            if (region.Side == BodySide.Left && (slots & ClinicalData.Regions.OptionalSideSlots) != 0)
            {
                cranialLeft |= slots;
            }
            else if (region.Side == BodySide.Right && (slots & ClinicalData.Regions.OptionalSideSlots) != 0)
            {
                cranialRight |= slots;
            }
        }

        if (presentation.OnsetRegion is { } onset && CheckRegion(onset, "onsetRegion", context)
            && !InputRules.IsOnsetAmongAffected(onset, new RegionSet(seen, cranialLeft, cranialRight)))
        {
            context.AddFailure(Failure("onsetRegion", ErrorCodes.OnsetRegionNotAffected, "The onset region must be one of the affected regions, on the same side."));
        }
    }

    private static bool CheckRegion(AffectedRegion region, string path, ValidationContext<Presentation> context)
    {
        if (!InputRules.IsDefined(region.Region))
        {
            context.AddFailure(Failure(path + ".region", ErrorCodes.UnknownRegion, UnknownRegionMessage));
            return false;
        }

        if (!InputRules.IsDefined(region.Side))
        {
            context.AddFailure(Failure(path + ".side", ErrorCodes.UnknownSide, "The side must be left, right or both."));
            return false;
        }

        if (!InputRules.IsSideAllowed(region.Region, region.Side))
        {
            bool limb = InputRules.SideRuleOf(region.Region) == SideRule.Required;
            context.AddFailure(limb
                ? Failure(path + ".side", ErrorCodes.LimbSideRequired, "A limb needs a side: left, right or both.")
                : Failure(path + ".side", ErrorCodes.SideNotApplicable, "The neck and trunk are midline regions and take no side."));
            return false;
        }

        return true;
    }

    private static readonly string UnknownRegionMessage = "The region must be one of " + WireNames.Enumerate(WireNames.Regions, " and ") + ".";

    private static ValidationFailure Failure(string path, string code, string message) =>
        new(path, message) { ErrorCode = code };
}
