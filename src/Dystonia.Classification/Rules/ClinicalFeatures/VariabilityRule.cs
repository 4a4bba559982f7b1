using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>A rule of variability, 2013 consensus Axis I temporal pattern (VARIABILITY-*): the label is the patterns recorded.</summary>
internal abstract class VariabilityRule : LabelRule<Variability>
{
    internal override string Conclusion(in Assessment assessment, Variability label) =>
        string.Join(",", WireNames.OfFlags(WireNames.VariabilityBits, (int)label));
}
