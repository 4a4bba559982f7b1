using System.Collections.Generic;
using System.Text;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-WILSON: Wilson disease screening, triggered by the findings rather than suppressed by a recorded cause:
/// onset from <c>fromAge</c> completed years to below the option
/// <see cref="ClassificationOptions.WilsonScreeningBeforeAge"/>, or liver disease, Kayser-Fleischer rings, psychiatric
/// change or cognitive impairment at any age. Only an established gene (which explains the dystonia) withholds it:
/// a recorded acquired cause presupposes that Wilson disease was excluded, and the screening is what excludes it.
/// </summary>
internal sealed class WorkupWilson : WorkupRule
{
    private const NeurologicalFeatures NeurologicalTriggers = NeurologicalFeatures.Psychiatric | NeurologicalFeatures.CognitiveImpairment;
    private const SystemicFeatures SystemicTriggers = SystemicFeatures.LiverDisease | SystemicFeatures.KayserFleischerRings;

    internal override string Id => "WORKUP-WILSON";

    internal override WorkupKind Kind => WorkupKind.WilsonDiseaseScreening;

    /// <summary>Gets the completed years from which onset age alone calls for screening.</summary>
    internal int FromAge { get; private set; }

    internal override bool Suggests(in Assessment assessment) =>
        !assessment.Facts.HasEstablishedGene && (IsYoungOnset(assessment) || HasTriggeringFinding(assessment.Facts));

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        switch (name)
        {
            case "wilsonAge":
                ResultText.AppendNumber(builder, text.Assessment.Settings.WilsonBeforeAge, name, form);
                return true;
            case "wilsonBasis":
                AppendBasis(text, builder, form);
                return true;
            case "wilsonCause":
                if (text.Assessment.Facts.HasAcquiredCause)
                {
                    text.AppendTerm(builder, "wilsonCause.recorded", form);
                }

                return true;
            default:
                return false;
        }
    }

    protected override void ReadParameters(RuleDefinition rule) => FromAge = rule.Parameter("fromAge");

    private static bool HasTriggeringFinding(in PresentationFacts facts) =>
        (facts.Neurological & NeurologicalTriggers) != 0 || (facts.Systemic & SystemicTriggers) != 0;

    private bool IsYoungOnset(in Assessment assessment) =>
        assessment.Facts.HasAge && assessment.Facts.CompletedYears >= FromAge && assessment.Facts.Age < assessment.Settings.WilsonBeforeAge;

    private void AppendBasis(ResultText text, StringBuilder builder, string? form)
    {
        var facts = text.Assessment.Facts;
        var keys = new List<string>(5);
        foreach (var (flag, key) in new[] { (SystemicFeatures.LiverDisease, "systemic.liverDisease"), (SystemicFeatures.KayserFleischerRings, "systemic.kayserFleischerRings") })
        {
            if ((facts.Systemic & flag) != 0)
            {
                keys.Add(key);
            }
        }

        foreach (var (flag, key) in new[] { (NeurologicalFeatures.Psychiatric, "neurological.psychiatric"), (NeurologicalFeatures.CognitiveImpairment, "neurological.cognitiveImpairment") })
        {
            if ((facts.Neurological & flag) != 0)
            {
                keys.Add(key);
            }
        }

        bool young = IsYoungOnset(text.Assessment);
        if (keys.Count > 0)
        {
            text.AppendTerm(builder, "wilsonBasis.findings", form);
            text.AppendList(builder, keys.ToArray(), form);
            if (young)
            {
                text.AppendTerm(builder, "wilsonBasis.andAge", form);
            }
        }
        else
        {
            text.AppendTerm(builder, "wilsonBasis.age", form);
        }
    }
}
