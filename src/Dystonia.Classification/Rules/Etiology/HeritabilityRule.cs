using Dystonia.Classification.Internal;

using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// A rule of heritability, 2013 consensus Axis II (HERIT-*). A genetic finding makes it inherited and an acquired
/// cause acquired; idiopathic (familial or sporadic by family history) needs the absence of any cause after a workup
/// that found no pathology: before the workup, heritability is unknown (HERIT-NOT-WORKED-UP).
/// </summary>
internal abstract class HeritabilityRule : LabelRule<Heritability>
{
    internal override string Conclusion(in Assessment assessment, Heritability label) => WireNames.Of(label);

    /// <summary>
    /// Gets whether the workup was done and found no cause: no gene, no acquired cause, and no pathology or
    /// degeneration of no known cause (idiopathic, as sporadic degenerative disease is; genetic testing is suggested).
    /// </summary>
    internal static bool NoCauseOrPathology(in Assessment assessment) =>
        !assessment.Facts.HasEstablishedGene
        && !assessment.Facts.HasAcquiredCause
        && assessment.Facts.Pathology is NervousSystemPathology.None or NervousSystemPathology.Degeneration;

    /// <summary>Gets whether no cause is recorded and no pathology found, whether or not pathology was assessed.</summary>
    internal static bool NoCauseFound(in Assessment assessment) =>
        !assessment.Facts.HasEstablishedGene
        && !assessment.Facts.HasAcquiredCause
        && assessment.Facts.Pathology is not (NervousSystemPathology.Degeneration or NervousSystemPathology.StructuralLesion);
}
