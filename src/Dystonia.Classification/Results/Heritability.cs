namespace Dystonia.Classification;

/// <summary>Heritability (2013 consensus, Axis II).</summary>
public enum Heritability
{
    /// <summary>
    /// Cannot be decided from the findings: family history unknown, conflicting findings, or pathology without a
    /// recorded cause. The reasoning says which. JSON: <c>unknown</c>.
    /// </summary>
    Unknown = 0,

    /// <summary>A disease-causing genetic finding is known. JSON: <c>inherited</c>.</summary>
    Inherited = 1,

    /// <summary>An acquired cause is known. JSON: <c>acquired</c>.</summary>
    Acquired = 2,

    /// <summary>No cause known and at least one relative affected. JSON: <c>idiopathicFamilial</c>.</summary>
    IdiopathicFamilial = 3,

    /// <summary>No cause known and no relative known to be affected. JSON: <c>idiopathicSporadic</c>.</summary>
    IdiopathicSporadic = 4,
}
