using System.Text;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-WILSON: onset from <c>fromAge</c> completed years to below the option
/// <see cref="ClassificationOptions.WilsonScreeningBeforeAge"/> (Bhidayasiri and Tarsy: "adolescents and adults
/// younger than age 40"), no secondary cause and no genetic finding.
/// </summary>
internal sealed class WorkupWilson : WorkupRule
{
    internal override string Id => "WORKUP-WILSON";

    internal override WorkupKind Kind => WorkupKind.WilsonDiseaseScreening;

    /// <summary>Gets the completed years from which screening applies.</summary>
    internal int FromAge { get; private set; }

    internal override bool Suggests(in Assessment assessment) =>
        assessment.NoCauseEstablished
        && assessment.Facts.HasAge
        && assessment.Facts.CompletedYears >= FromAge
        && assessment.Facts.Age < assessment.Settings.WilsonBeforeAge;

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "wilsonAge")
        {
            return false;
        }

        ResultText.AppendNumber(builder, text.Assessment.Settings.WilsonBeforeAge, name, form);
        return true;
    }

    protected override void ReadParameters(RuleDefinition rule) => FromAge = rule.Parameter("fromAge");
}
