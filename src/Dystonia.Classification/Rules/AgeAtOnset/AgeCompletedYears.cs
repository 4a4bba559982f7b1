using Dystonia.Classification.Internal;
using System.Globalization;
using System.Text;

namespace Dystonia.Classification.Rules;

/// <summary>AGE-COMPLETED-YEARS: a fractional age at onset; the bands apply to completed years.</summary>
internal sealed class AgeCompletedYears : NoteRule
{
    internal override string Id => "AGE-COMPLETED-YEARS";

    internal override bool Applies(in Assessment assessment, out string conclusion)
    {
        var facts = assessment.Facts;
        bool applies = facts.HasAge && facts.Age != facts.CompletedYears;
        conclusion = applies ? facts.CompletedYears.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return applies;
    }

    internal override bool TryAppendValue(Internal.ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "completedYears")
        {
            return false;
        }

        ResultText.AppendNumber(builder, text.Assessment.Facts.CompletedYears, name, form);
        return true;
    }
}
