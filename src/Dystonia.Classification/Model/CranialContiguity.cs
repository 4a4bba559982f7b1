namespace Dystonia.Classification;

/// <summary>Which cranial regions count as contiguous with each other.</summary>
public enum CranialContiguity
{
    /// <summary>
    /// Every cranial region touches every other: the cranial regions form one segment, as in the consensus example
    /// of cranial segmental dystonia and the cranio-cervical grouping of the larynx. The default.
    /// </summary>
    WholeSegment = 0,

    /// <summary>
    /// Only anatomical neighbours touch: upper face with lower face and with jaw and tongue, lower face with jaw and
    /// tongue, jaw and tongue with larynx. Blepharospasm with laryngeal dystonia is then multifocal, as
    /// patient-organisation texts call "eyes and vocal cords".
    /// </summary>
    AnatomicalChain = 1,
}
