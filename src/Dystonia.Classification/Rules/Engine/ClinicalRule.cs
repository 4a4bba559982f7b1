using System.Collections.Generic;
using System.Text;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// One rule of the catalogue: the code that decides it. Its id ties it to its entry in <c>Data/rules.json</c> (the
/// sentences in every language, the condition, the sources and the parameters it reads), bound when the catalogue
/// loads; a unit without an entry, or an entry without a unit, fails the load.
/// </summary>
/// <remarks>
/// A rule's file is named after its id (<c>DIST-FOCAL</c> is <c>Distribution/DistFocal.cs</c>). Everything the rule
/// says lives here: when it applies, its conclusion, its evidence, the values of its own sentence placeholders and the
/// reasons it gives when considered but not applied.
/// </remarks>
internal abstract class ClinicalRule
{
    private RuleDefinition? definition;

    /// <summary>Gets the stable id, as in <c>Data/rules.json</c> and in every result.</summary>
    internal abstract string Id { get; }

    /// <summary>Gets the rule's texts, sources and parameters.</summary>
    internal RuleDefinition Definition => definition ?? throw new System.InvalidOperationException("Rule " + Id + " is not bound to Data/rules.json.");

    /// <summary>Binds the rule to its data and reads its parameters; called once by the catalogue.</summary>
    internal void Bind(RuleDefinition rule)
    {
        definition = rule;
        ReadParameters(rule);
    }

    /// <summary>Reads the thresholds and tables the rule uses from its data.</summary>
    protected virtual void ReadParameters(RuleDefinition rule)
    {
    }

    /// <summary>
    /// Appends the value of one of the rule's own placeholders, or returns <see langword="false"/> for a placeholder
    /// shared by all rules (regions, age, gene, ...), which <see cref="ResultText"/> fills.
    /// </summary>
    internal virtual bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form) => false;

    /// <summary>Gets the reasoning evidence when the rule applies or is noted; by default the findings of its axis.</summary>
    internal virtual IReadOnlyList<Finding> Evidence(EvidenceSource findings) => findings.Of(Definition.Axis);

    /// <summary>Gets the sources a step of the rule cites: by default the rule's own; a gene note adds the gene's.</summary>
    internal virtual IReadOnlyList<SourceReference> SourcesFor(in Assessment assessment) => Definition.Sources;
}
