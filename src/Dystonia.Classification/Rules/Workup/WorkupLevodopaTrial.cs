using System.Text;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-LEVODOPA-TRIAL: early onset (option <see cref="ClassificationOptions.EarlyOnsetMaximumAge"/>, default from
/// the catalogue parameter <c>earlyOnsetMaximumAge</c>) whatever cause is recorded, because dopa-responsive dystonia
/// is a known mimic of cerebral palsy and other acquired diagnoses. Withheld only when an established gene explains
/// the dystonia (which excludes DRD, or is DRD and its treatment is noted), or when the recorded attacks are
/// kinesigenic or faciobrachial seizures, which call for other tests.
/// </summary>
internal sealed class WorkupLevodopaTrial : WorkupRule
{
    private const DiagnosticClues OtherPaths = DiagnosticClues.KinesigenicAttacks | DiagnosticClues.FaciobrachialDystonicSeizures;

    internal override string Id => "WORKUP-LEVODOPA-TRIAL";

    internal override WorkupKind Kind => WorkupKind.LevodopaTrial;

    internal override bool Suggests(in Assessment assessment) =>
        assessment.IsEarlyOnset && !assessment.Facts.HasEstablishedGene && (assessment.Facts.Clues & OtherPaths) == 0;

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        switch (name)
        {
            case "earlyOnsetAge":
                ResultText.AppendNumber(builder, text.Assessment.Settings.EarlyOnsetMaximumAge, name, form);
                return true;
            case "levodopaBasis":
                text.AppendTerm(builder, text.Assessment.Facts.HasSecondaryCause ? "levodopaBasis.causeRecorded" : "levodopaBasis.noCause", form);
                return true;
            default:
                return false;
        }
    }
}
