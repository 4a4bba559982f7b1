namespace Dystonia.Classification.Serialization;

/// <summary>What to include when a result is written as JSON.</summary>
public sealed class ResultWriteOptions
{
    /// <summary>Gets the default options: reasoning included, no line number.</summary>
    public static ResultWriteOptions Default { get; } = new();

    /// <summary>Gets whether reasoning steps and the texts of workup suggestions and missing findings are written.</summary>
    /// <value>The default value is <see langword="true"/>; <see langword="false"/> writes a lean record of labels, rule ids and field paths.</value>
    public bool IncludeReasoning { get; init; } = true;

    /// <summary>Gets the input line number to write as <c>line</c>, or <see langword="null"/> to leave it out.</summary>
    public long? Line { get; init; }
}
