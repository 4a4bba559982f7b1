using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-DAT-SPECT: parkinsonism recorded with the dystonia and no established gene. Dopamine transporter imaging
/// tells conditions with a presynaptic dopaminergic deficit from those without, which the examination often cannot.
/// </summary>
internal sealed class WorkupDatSpect : WorkupRule
{
    internal override string Id => "WORKUP-DAT-SPECT";

    internal override WorkupKind Kind => WorkupKind.DopamineTransporterImaging;

    internal override bool Suggests(in Assessment assessment) =>
        !assessment.Facts.HasEstablishedGene && (assessment.Facts.MovementDisorders & MovementDisorders.Parkinsonism) != 0;
}
