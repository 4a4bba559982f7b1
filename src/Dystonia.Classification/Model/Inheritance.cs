namespace Dystonia.Classification;

/// <summary>Mode of inheritance of a genetic finding (2013 consensus, Axis II, heritability: inherited).</summary>
public enum Inheritance
{
    /// <summary>Autosomal dominant. JSON: <c>autosomalDominant</c>.</summary>
    AutosomalDominant = 1,

    /// <summary>Autosomal recessive. JSON: <c>autosomalRecessive</c>.</summary>
    AutosomalRecessive = 2,

    /// <summary>X-linked recessive. JSON: <c>xLinkedRecessive</c>.</summary>
    XLinkedRecessive = 3,

    /// <summary>Mitochondrial. JSON: <c>mitochondrial</c>.</summary>
    Mitochondrial = 4,
}
