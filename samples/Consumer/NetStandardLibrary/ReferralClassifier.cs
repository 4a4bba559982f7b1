using Dystonia.Classification;
using Dystonia.Classification.Fhir;

namespace NetStandardLibrary
{
    /// <summary>Classifies the findings of a referral letter, as an integration written for .NET Framework would.</summary>
    public static class ReferralClassifier
    {
        /// <summary>Right-hand writer's cramp from age 41, no other features: focal and primary.</summary>
        public static ClassificationResult ClassifyWritersCramp()
        {
            var presentation = new Presentation
            {
                Id = "referral-1",
                Regions = new[] { new AffectedRegion(BodyRegion.UpperLimb, BodySide.Right) },
                AgeAtOnset = 41,
                AssociatedFeatures = AssociatedFeatures.None,
                Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None },
            };

            return new DystoniaClassifier().Classify(presentation);
        }

        /// <summary>The result as a FHIR R4 Observation for the interface engine to send on.</summary>
        public static string ToObservation(ClassificationResult result) =>
            DystoniaFhir.ToObservation(result, new ObservationOptions { Id = "referral-1", SubjectReference = "Patient/referral-1" });
    }
}
