namespace Dystonia.Classification;

/// <summary>How firmly the etiology label rests on the findings.</summary>
public enum EtiologyCertainty
{
    /// <summary>
    /// Supported by the recorded workup: a cause, lesion or degeneration for secondary; a normal workup or a known
    /// genetic cause for primary. JSON: <c>established</c>.
    /// </summary>
    Established = 0,

    /// <summary>Primary only because nothing else was found, and nervous-system pathology was not assessed. JSON: <c>provisional</c>.</summary>
    Provisional = 1,
}
