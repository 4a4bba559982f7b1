namespace Dystonia.Classification.Rules;

/// <summary>AGE-NOT-RECORDED: no age at onset; the axis's last rule.</summary>
internal sealed class AgeNotRecorded : AgeAtOnsetRule
{
    internal override string Id => "AGE-NOT-RECORDED";

    internal override bool Decides(in Assessment assessment, out AgeAtOnsetGroup? label)
    {
        label = null;
        return true;
    }
}
