using System.Text;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-LEVODOPA-TRIAL: early onset (option <see cref="ClassificationOptions.EarlyOnsetMaximumAge"/>, default from
/// the catalogue parameter <c>earlyOnsetMaximumAge</c>), no secondary cause and no genetic finding.
/// </summary>
internal sealed class WorkupLevodopaTrial : WorkupRule
{
    internal override string Id => "WORKUP-LEVODOPA-TRIAL";

    internal override WorkupKind Kind => WorkupKind.LevodopaTrial;

    internal override bool Suggests(in Assessment assessment) => assessment.NoCauseEstablished && assessment.IsEarlyOnset;

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "earlyOnsetAge")
        {
            return false;
        }

        ResultText.AppendNumber(builder, text.Assessment.Settings.EarlyOnsetMaximumAge, name, form);
        return true;
    }
}
