namespace Dystonia.Classification.Rules;

/// <summary>ASSOC-NOT-RECORDED: associated features not recorded; the axis's last rule.</summary>
internal sealed class AssocNotRecorded : AssociatedFeaturesRule
{
    internal override string Id => "ASSOC-NOT-RECORDED";

    internal override bool Decides(in Assessment assessment, out IsolatedOrCombined? label)
    {
        label = null;
        return true;
    }
}
