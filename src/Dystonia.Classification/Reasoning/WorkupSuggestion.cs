using System.Collections.Generic;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Reasoning;

/// <summary>A suggested next step in the workup, with the reason and the source it rests on.</summary>
/// <remarks>Suggestions support the clinician's judgement; they are not orders. <see cref="Text"/> is rendered on first access.</remarks>
/// <threadsafety>This type is immutable in effect and safe to share between threads.</threadsafety>
public sealed class WorkupSuggestion
{
    private readonly RuleDefinition rule;
    private readonly ResultText renderer;
    private string? text;

    internal WorkupSuggestion(RuleDefinition rule, WorkupKind kind, string? gene, ResultText renderer)
    {
        this.rule = rule;
        this.renderer = renderer;
        Kind = kind;
        Gene = gene;
    }

    /// <summary>Gets the stable rule id, for example <c>WORKUP-GENETIC-TOR1A</c>.</summary>
    public string RuleId => rule.Id;

    /// <summary>Gets the kind of step.</summary>
    public WorkupKind Kind { get; }

    /// <summary>Gets the gene to test for <see cref="WorkupKind.GeneticTesting"/>; otherwise <see langword="null"/>.</summary>
    public string? Gene { get; }

    /// <summary>Gets the sentence for the clinician: what to do and why, for this presentation.</summary>
    public string Text => text ??= renderer.Render(rule.Text.In(renderer.Language), rule.Unit);

    /// <summary>Gets the published sources the suggestion rests on.</summary>
    public IReadOnlyList<SourceReference> Sources => rule.Sources;

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
            renderer.Write(writer, property, rule.Text.In(renderer.Language), rule.Unit);
        }
    }

    /// <summary>Returns the rule id and the text.</summary>
    /// <returns>The rule id and the text.</returns>
    public override string ToString() => RuleId + ": " + Text;
}
