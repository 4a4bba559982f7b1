using System;

namespace Dystonia.Classification;

/// <summary>A disease-causing variant in a named gene, as reported by a genetic test.</summary>
/// <remarks>
/// The gene is an HGNC symbol such as <c>TOR1A</c>, <c>THAP1</c> or <c>GCH1</c>; its form is checked when the
/// presentation is validated. Only report findings judged pathogenic: a variant of uncertain significance is not
/// a genetic cause.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GeneticFinding
{
    /// <summary>Creates a genetic finding.</summary>
    /// <param name="gene">The HGNC gene symbol, for example <c>TOR1A</c>.</param>
    /// <param name="inheritance">The mode of inheritance, or <see langword="null"/> when not stated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gene"/> is <see langword="null"/>.</exception>
    public GeneticFinding(string gene, Inheritance? inheritance = null)
    {
        Gene = gene ?? throw new ArgumentNullException(nameof(gene));
        Inheritance = inheritance;
    }

    /// <summary>Gets the HGNC gene symbol.</summary>
    public string Gene { get; }

    /// <summary>Gets the mode of inheritance, or <see langword="null"/> when not stated.</summary>
    public Inheritance? Inheritance { get; }
}
