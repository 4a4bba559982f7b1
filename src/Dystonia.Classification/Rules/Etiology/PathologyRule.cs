using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>A rule of nervous-system pathology, 2013 consensus Axis II (PATH-*): the label is the pathology recorded.</summary>
internal abstract class PathologyRule : LabelRule<NervousSystemPathology>
{
    /// <summary>Gets the pathology the rule stands for.</summary>
    internal abstract NervousSystemPathology Pathology { get; }

    internal override bool Decides(in Assessment assessment, out NervousSystemPathology label)
    {
        label = assessment.Facts.Pathology;
        return label == Pathology;
    }

    internal override string Conclusion(in Assessment assessment, NervousSystemPathology label) => WireNames.Of(label);
}
