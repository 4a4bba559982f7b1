using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// CLUE-FIXED-POSTURE: a fixed posture from onset is recorded. Fixed dystonia (with complex regional pain syndrome,
/// or functional) is not the mobile dystonia of idiopathic or genetic dystonia, so the note asks the clinician to
/// consider it before accepting a primary label; it changes no label by itself.
/// </summary>
internal sealed class ClueFixedPosture : NoteRule
{
    internal override string Id => "CLUE-FIXED-POSTURE";

    internal override bool Applies(in Assessment assessment, out string conclusion)
    {
        conclusion = "fixedPosture";
        return (assessment.Facts.Clues & DiagnosticClues.FixedPostureFromOnset) != 0;
    }
}
