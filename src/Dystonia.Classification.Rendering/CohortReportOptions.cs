using System;
using Dystonia.Classification.Localization;

namespace Dystonia.Classification.Rendering;

/// <summary>
/// Options for <see cref="CohortReport"/>: the report's language, an optional date and input name printed on it, and how
/// many invalid records it lists one by one. <see cref="Default"/> gives an undated English report.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class CohortReportOptions
{
    private readonly int maximumListedInvalidRecords = 1000;

    /// <summary>Gets the options used when none are given: English, no date, no input name, up to 1,000 invalid records listed.</summary>
    public static CohortReportOptions Default { get; } = new();

    /// <summary>
    /// Gets the language of the report's texts, a tag from <see cref="ClinicalLanguages"/>; a language the data tables
    /// do not provide is refused by <see cref="CohortReport"/> with <see cref="System.ArgumentException"/>, as the
    /// classifier refuses it. The default is English.
    /// </summary>
    public string Language { get; init; } = ClinicalLanguages.English;

    /// <summary>
    /// Gets the date printed on the report, or <see langword="null"/> (the default) for none. Only the calendar date is
    /// printed, as yyyy-MM-dd; the time of day and <see cref="DateTime.Kind"/> are ignored. The report never reads the
    /// clock, so that the same cohort always gives the same file.
    /// </summary>
    /// <remarks>
    /// A <see cref="DateTime"/> rather than a <c>DateOnly</c>, so that the property is the same in the
    /// <c>netstandard2.0</c> asset, which has no <c>DateOnly</c>.
    /// </remarks>
    public DateTime? Date { get; init; }

    /// <summary>Gets a name for the input (for example its file name) printed on the report, or <see langword="null"/> for none.</summary>
    public string? InputName { get; init; }

    /// <summary>
    /// Gets how many invalid records are listed one by one; the rest are only counted, so that a badly broken input
    /// does not make an unreadable report. The default is 1,000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public int MaximumListedInvalidRecords
    {
        get => maximumListedInvalidRecords;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            maximumListedInvalidRecords = value;
        }
    }
}
