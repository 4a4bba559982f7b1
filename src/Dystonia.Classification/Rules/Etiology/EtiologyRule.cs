using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// A rule of the etiology label (ETIO-*). Primary means of genetic or unknown origin; secondary means due to another
/// disease or insult, and degenerative brain disease counts as secondary.
/// </summary>
internal abstract class EtiologyRule : LabelRule<EtiologyLabel>
{
    internal override string Conclusion(in Assessment assessment, EtiologyLabel label) => WireNames.Of(label.Etiology);
}
