using System.Collections.Generic;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Reasoning;

/// <summary>
/// One step of the reasoning behind a result: which rule was applied (or considered), what it concluded, a
/// sentence a clinician can check, the findings it used and the sources it rests on.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is rendered on first access and then kept; every other member is fixed at creation.
/// </remarks>
/// <threadsafety>This type is immutable in effect and safe to share between threads.</threadsafety>
public sealed class ReasoningStep
{
    private readonly RuleDefinition rule;
    private readonly TextTemplate template;
    private readonly ResultText renderer;
    private string? text;

    internal ReasoningStep(RuleDefinition rule, RuleOutcome outcome, string conclusion, IReadOnlyList<Finding> evidence, TextTemplate template, ResultText renderer)
        : this(rule, outcome, conclusion, evidence, template, renderer, rule.Sources)
    {
    }

    internal ReasoningStep(RuleDefinition rule, RuleOutcome outcome, string conclusion, IReadOnlyList<Finding> evidence, TextTemplate template, ResultText renderer, IReadOnlyList<SourceReference> sources)
    {
        Sources = sources;
        this.rule = rule;
        this.template = template;
        this.renderer = renderer;
        Outcome = outcome;
        Conclusion = conclusion;
        Evidence = evidence;
    }

    /// <summary>Gets the stable rule id, for example <c>DIST-GENERALIZED</c>; see <c>docs/classification-rules.md</c>.</summary>
    public string RuleId => rule.Id;

    /// <summary>Gets the part of the classification the rule decides.</summary>
    public ClassificationAxis Axis => rule.Axis;

    /// <summary>Gets whether the rule applied, was considered and did not apply, or adds a caveat.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>
    /// Gets the machine-readable conclusion: the label's wire value when applied (for example <c>generalized</c> or
    /// <c>notRecorded</c>), the reason code when not applied (for example <c>tooFewOtherRegions</c>), or the
    /// alternative the note concerns.
    /// </summary>
    public string Conclusion { get; }

    /// <summary>Gets the rule's condition in words, as listed in the rule catalogue.</summary>
    public string Condition => rule.Condition;

    /// <summary>Gets the sentence for the clinician, filled in with this presentation's findings.</summary>
    public string Text => text ??= renderer.Render(template, rule.Unit);

    /// <summary>Gets the rule's data, for the JSON writer's encoded id.</summary>
    internal RuleDefinition Rule => rule;

    /// <summary>Writes <see cref="Text"/> as a string property without rendering it to a string when not yet read.</summary>
    internal void WriteText(System.Text.Json.Utf8JsonWriter writer, System.Text.Json.JsonEncodedText property)
    {
        if (text is { } rendered)
        {
            writer.WriteString(property, rendered);
        }
        else
        {
            renderer.Write(writer, property, template, rule.Unit);
        }
    }

    /// <summary>Gets the input findings the step used.</summary>
    public IReadOnlyList<Finding> Evidence { get; }

    /// <summary>Gets the published sources the rule rests on.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>Returns the rule id and the text.</summary>
    /// <returns>The rule id and the text.</returns>
    public override string ToString() => RuleId + ": " + Text;
}
