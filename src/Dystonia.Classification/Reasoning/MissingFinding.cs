using System.Collections.Generic;
using System.Text.Json;

namespace Dystonia.Classification.Reasoning;

/// <summary>A fact the presentation did not record that would change or firm up a label or a suggestion.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MissingFinding
{
    internal MissingFinding(string ruleId, string field, IReadOnlyList<ClassificationAxis> affects, string text)
    {
        RuleId = ruleId;
        Field = field;
        Affects = affects;
        Text = text;
        EncodedField = JsonEncodedText.Encode(field);
        EncodedText = JsonEncodedText.Encode(text);
    }

    /// <summary>Gets the stable id of the rule that found the finding missing, for example <c>MISSING-AGE-AT-ONSET</c>.</summary>
    public string RuleId { get; }

    /// <summary>Gets the JSON field path of the missing input, for example <c>ageAtOnset</c> or <c>etiology.nervousSystemPathology</c>.</summary>
    public string Field { get; }

    /// <summary>Gets the parts of the classification that the missing finding leaves undetermined or provisional.</summary>
    public IReadOnlyList<ClassificationAxis> Affects { get; }

    /// <summary>Gets a sentence for the clinician saying what is missing and why it matters.</summary>
    public string Text { get; }

    // Made once per rule and language and shared by all results (RuleEngine), so encoded once for the JSON writer.
    internal JsonEncodedText EncodedField { get; }

    internal JsonEncodedText EncodedText { get; }

    /// <summary>Returns the field path.</summary>
    /// <returns>The field path.</returns>
    public override string ToString() => Field;
}
