using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-AUTOIMMUNE-LGI1: faciobrachial dystonic seizures are recorded, whatever else is: they are highly suggestive
/// of LGI1-antibody encephalitis, which early immunotherapy treats.
/// </summary>
internal sealed class WorkupAutoimmuneLgi1 : WorkupRule
{
    internal override string Id => "WORKUP-AUTOIMMUNE-LGI1";

    internal override WorkupKind Kind => WorkupKind.AutoimmuneAntibodies;

    internal override bool Suggests(in Assessment assessment) =>
        (assessment.Facts.Clues & DiagnosticClues.FaciobrachialDystonicSeizures) != 0;
}
