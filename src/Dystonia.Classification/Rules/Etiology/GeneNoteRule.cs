using System.Collections.Generic;
using System.Text;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// A note on the heritability axis about the recorded genetic finding, read against the gene table
/// (<c>Data/genes.json</c>, docs/genes.md). Each note fires for one <see cref="Internal.GeneStatus"/>; the base fills
/// the placeholders the gene notes share.
/// </summary>
internal abstract class GeneNoteRule : NoteRule
{
    /// <summary>Gets the status of the finding this note explains.</summary>
    internal abstract GeneStatus Status { get; }

    internal override bool Applies(in Assessment assessment, out string conclusion)
    {
        conclusion = Conclusion;
        return assessment.Facts.GeneStatus == Status;
    }

    /// <summary>Gets the conclusion written into the step.</summary>
    internal abstract string Conclusion { get; }

    internal override IReadOnlyList<Finding> Evidence(EvidenceSource findings) => findings.Of(ClassificationAxis.Heritability);

    // A note on a pathogenic variant in a gene of the table (established, or a recessive gene's single or
    // unrecorded allele) cites the gene's own sources after the rule's: they say how the disorder is inherited.
    internal override IReadOnlyList<SourceReference> SourcesFor(in Assessment assessment) =>
        assessment.Facts.GeneStatus is GeneStatus.Established or GeneStatus.SingleRecessiveAllele or GeneStatus.ZygosityNotRecorded
            ? [.. Definition.Sources, .. assessment.Facts.Gene!.Sources]
            : Definition.Sources;

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        var facts = text.Assessment.Facts;
        var row = facts.Gene;
        switch (name)
        {
            case "geneSymbol":
                builder.Append(row!.Symbol);
                return true;
            case "designation":
                // The designation is the same word in every language; a row without one adds nothing.
                if (row!.Designation is { } designation)
                {
                    builder.Append(" (").Append(designation).Append(')');
                }

                return true;
            case "geneClass":
                text.AppendTerm(builder, "geneClass." + GeneTable.ClassNames[(int)row!.Class], form);
                return true;
            case "geneInheritance":
                text.AppendTerm(builder, "inheritance." + WireNames.Inheritances[(int)row!.Inheritance[0]], form);
                return true;
            case "variantClassification":
                var classification = facts.Presentation.Etiology.GeneticFinding!.Classification;
                text.AppendTerm(builder, "variantClassification." + (classification is { } value ? WireNames.Of(value) : "notRecorded"), form);
                return true;
            case "treatment":
                if (row!.Treatment is { } treatment)
                {
                    text.AppendTerm(builder, "treatment." + treatment, form);
                }

                return true;
            case "geneSources":
                for (int i = 0; i < row!.Sources.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ").Append(row.Sources[i].Id);
                }

                return true;
            default:
                return false;
        }
    }
}
