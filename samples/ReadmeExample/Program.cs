using Dystonia.Classification;

var classifier = new DystoniaClassifier();
var result = classifier.Classify(new Presentation
{
    Regions = [BodyRegion.Trunk, BodyRegion.Neck, new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left)],
    AgeAtOnset = 34,
    AssociatedFeatures = AssociatedFeatures.None,
    Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None },
});
Console.WriteLine($"{result.Labels.Distribution}, {result.Labels.Etiology} ({result.Labels.EtiologyCertainty})");
foreach (var step in result.Reasoning) Console.WriteLine($"{step.RuleId}: {step.Text}");
