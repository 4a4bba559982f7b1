using System.Collections.Generic;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// A rule that can decide the label of its axis. The rules of an axis are tried in the order of
/// <c>Data/rules.json</c> and the first that decides sets the label; the last rule of each axis always decides.
/// </summary>
/// <typeparam name="TLabel">The label of the axis.</typeparam>
internal abstract class LabelRule<TLabel> : ClinicalRule
{
    /// <summary>Returns whether the rule decides the axis, with the label it gives.</summary>
    internal abstract bool Decides(in Assessment assessment, out TLabel label);

    /// <summary>Gets the conclusion written into the reasoning step: by default the label's wire name.</summary>
    internal abstract string Conclusion(in Assessment assessment, TLabel label);

    /// <summary>
    /// Returns why the rule, considered but not applied, did not apply (a key of its <c>notApplied</c> texts), or
    /// <see langword="null"/> when the step is not worth showing; only asked when not-applied steps are included.
    /// </summary>
    internal virtual string? NotAppliedReason(in Assessment assessment) => null;
}

/// <summary>A caveat added after its axis is decided: an ambiguity, an option or an older definition that disagrees.</summary>
internal abstract class NoteRule : ClinicalRule
{
    /// <summary>Returns whether the note applies, with its conclusion.</summary>
    internal abstract bool Applies(in Assessment assessment, out string conclusion);
}

/// <summary>A suggested next step: a test that could confirm or overturn the labels.</summary>
internal abstract class WorkupRule : ClinicalRule
{
    /// <summary>Gets the kind of test.</summary>
    internal abstract WorkupKind Kind { get; }

    /// <summary>Gets the gene to test, for a targeted genetic test.</summary>
    internal virtual string? Gene => null;

    /// <summary>Returns whether the step is suggested.</summary>
    internal abstract bool Suggests(in Assessment assessment);
}

/// <summary>
/// A finding whose absence leaves a label undetermined or weakens it. Its field and the axes it affects are data
/// (<c>field</c> and <c>affects</c> in <c>Data/rules.json</c>); its text is the rule's sentence.
/// </summary>
internal abstract class MissingFindingRule : ClinicalRule
{
    /// <summary>Returns whether the finding is missing.</summary>
    internal abstract bool IsMissing(in Assessment assessment);

    internal override IReadOnlyList<Finding> Evidence(EvidenceSource findings) => [];
}
