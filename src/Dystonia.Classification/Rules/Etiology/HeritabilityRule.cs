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

    /// <summary>Gets whether neither a genetic nor an acquired cause nor unexplained pathology is recorded.</summary>
    internal static bool NoCauseOrPathology(in Assessment assessment) =>
        NoCauseFound(assessment) && assessment.Facts.Pathology == NervousSystemPathology.None;

    /// <summary>Gets whether no cause is recorded and no pathology found, whether or not pathology was assessed.</summary>
    internal static bool NoCauseFound(in Assessment assessment) =>
        !assessment.Facts.HasEstablishedGene
        && !assessment.Facts.HasAcquiredCause
        && assessment.Facts.Pathology is not (NervousSystemPathology.Degeneration or NervousSystemPathology.StructuralLesion);
}
