namespace Dystonia.Classification;

/// <summary>
/// The pre-2013 etiological category (Fahn, Bressman and Marsden), derived from the 2013 axes as a convenience
/// for older records and literature.
/// </summary>
public enum LegacyCategory
{
    /// <summary>Dystonia (± tremor) is the only sign and no cause was found. JSON: <c>primary</c>.</summary>
    Primary = 0,

    /// <summary>Dystonia plus another movement disorder without neurodegeneration. JSON: <c>dystoniaPlus</c>.</summary>
    DystoniaPlus = 1,

    /// <summary>Dystonia in a (heredo)degenerative disease. JSON: <c>heredodegenerative</c>.</summary>
    Heredodegenerative = 2,

    /// <summary>Due to a structural lesion, neural insult or medication. JSON: <c>secondary</c>.</summary>
    Secondary = 3,

    /// <summary>Psychogenic (functional) dystonia. JSON: <c>psychogenic</c>.</summary>
    Psychogenic = 4,
}
