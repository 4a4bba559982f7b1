namespace Dystonia.Classification;

/// <summary>
/// The primary/secondary etiology label: primary is of genetic or unknown origin; secondary is due to another
/// disease or insult, including degenerative brain disease.
/// </summary>
public enum Etiology
{
    /// <summary>Of genetic or unknown origin. See <see cref="EtiologyCertainty"/>. JSON: <c>primary</c>.</summary>
    Primary = 0,

    /// <summary>Due to an acquired cause, a structural lesion or degeneration. JSON: <c>secondary</c>.</summary>
    Secondary = 1,

    /// <summary>
    /// Red flags point to a possible secondary cause that has not been looked for; the reasoning lists them and
    /// the suggested workup says what to do. JSON: <c>undetermined</c>.
    /// </summary>
    Undetermined = 2,
}
