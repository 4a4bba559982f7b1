using Dystonia.Classification;
using Microsoft.Extensions.DependencyInjection;

// The common path of a library user: register, resolve, classify, read the labels and the deciding rule.
var services = new ServiceCollection()
    .AddDystoniaClassification(options => options.ThreeOrMoreContiguousRegions = ThreeOrMoreContiguousRegions.Segmental)
    .BuildServiceProvider();
var classifier = services.GetRequiredService<IDystoniaClassifier>();

var result = classifier.Classify(new Presentation
{
    Id = "consumer-1",
    Regions = [BodyRegion.UpperFace, BodyRegion.LowerFace],
    AgeAtOnset = 58,
    AssociatedFeatures = AssociatedFeatures.None,
    Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None },
});

Console.WriteLine($"{result.Status}: {result.Labels.Distribution}, {result.Labels.Etiology}");
Console.WriteLine(result.DecisionFor(Dystonia.Classification.Reasoning.ClassificationAxis.Distribution)?.RuleId);

// A netstandard2.0 library compiled against the package's netstandard2.0 asset, running here on the net10.0 asset.
var referral = NetStandardLibrary.ReferralClassifier.ClassifyWritersCramp();
Console.WriteLine($"netstandard2.0 library: {referral.Status}: {referral.Labels.Distribution}, {referral.Labels.Etiology}");
var observation = NetStandardLibrary.ReferralClassifier.ToObservation(referral);
Console.WriteLine($"netstandard2.0 library: FHIR Observation {(observation.Contains("\"id\": \"referral-1\"") ? "written" : "missing its id")}");
