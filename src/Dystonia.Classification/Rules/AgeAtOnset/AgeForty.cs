using System.Text;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// AGE-FORTY: onset in the year where sources disagree between early and late adulthood (parameter <c>years</c>,
/// checked at load to be the last year of early adulthood); option <see cref="ClassificationOptions.CountAgeFortyAsLateAdulthood"/>.
/// </summary>
internal sealed class AgeForty : NoteRule
{
    internal override string Id => "AGE-FORTY";

    /// <summary>Gets the disputed year.</summary>
    internal int Years { get; private set; }


    internal override bool Applies(in Assessment assessment, out string conclusion)
    {
        bool applies = assessment.Facts.HasAge && assessment.Facts.CompletedYears == Years;
        conclusion = applies ? WireNames.Of(assessment.AgeGroup.GetValueOrDefault()) : string.Empty;
        return applies;
    }

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "group")
        {
            return false;
        }

        text.AppendTerm(builder, "ageGroup." + WireNames.Of(text.Assessment.AgeGroup.GetValueOrDefault()), form);
        return true;
    }

    protected override void ReadParameters(RuleDefinition rule) => Years = rule.Parameter("years");
}
