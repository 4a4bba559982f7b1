using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dystonia.Classification.Fhir;
using Dystonia.Classification.Fhir.Firely;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Dystonia.Classification.Benchmarks;

/// <summary>
/// The integrator's round trip on Firely's model (docs/ehr-integration.md, "On Firely"): a Firely <see cref="Bundle"/>
/// in, a Firely <see cref="Observation"/> out, for the CDS Hooks sample's prefetch (a patient, two limb Conditions).
/// "Bytes and string" is the path without the Firely package: serialise the Bundle, read the bytes, classify, write
/// the Observation as a string and parse it into Firely's model.
/// </summary>
[MemoryDiagnoser]
public class FirelyBenchmarks
{
    private readonly DystoniaClassifier classifier = new();
    private readonly FhirJsonSerializer serializer = new();
    private readonly FhirJsonDeserializer deserializer = new();
    private Bundle bundle = null!;
    private FirelyReadResult read = null!;
    private ClassificationResult result = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var request = JsonDocument.Parse(File.ReadAllBytes(SamplePath("samples", "cds-hooks", "patient-view.json")));
        var prefetch = request.RootElement.GetProperty("prefetch");
        bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = deserializer.DeserializeResource(prefetch.GetProperty("patient").GetRawText()) });
        bundle.Entry.AddRange(((Bundle)deserializer.DeserializeResource(prefetch.GetProperty("conditions").GetRawText())).Entry);
        read = DystoniaFirely.Read(bundle);
        result = classifier.Classify(read.Presentation!);
    }

    [Benchmark(Description = "Bytes and string: serialise, ReadBundle, classify, ToObservation, parse")]
    public Observation BytesAndString()
    {
        var fromBytes = FhirPresentationReader.ReadBundle(serializer.SerializeToBytes(bundle));
        var classified = classifier.Classify(fromBytes.Presentation!);
        return (Observation)deserializer.DeserializeResource(DystoniaFhir.ToObservation(classified, new ObservationOptions { SubjectReference = "Patient/p1" }));
    }

    [Benchmark(Baseline = true, Description = "Firely: Read, classify, ToObservation")]
    public Observation Firely()
    {
        var fromBundle = DystoniaFirely.Read(bundle);
        return DystoniaFirely.ToObservation(classifier.Classify(fromBundle.Presentation!), Options(fromBundle));
    }

    [Benchmark(Description = "DystoniaFirely.Read")]
    public FirelyReadResult Read() => DystoniaFirely.Read(bundle);

    [Benchmark(Description = "DystoniaFirely.ToObservation")]
    public Observation ToObservation() => DystoniaFirely.ToObservation(result, Options(read));

    private static FirelyObservationOptions Options(FirelyReadResult read) => new()
    {
        Subject = new ResourceReference("Patient/p1"),
        DerivedFrom = read.Used,
    };

    // BenchmarkDotNet runs a copy built below bin/, so the repository is found upwards from there.
    private static string SamplePath(params string[] parts)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dystonia.Classification.sln")))
            {
                return Path.Combine([folder.FullName, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("The repository (Dystonia.Classification.sln) is not above " + AppContext.BaseDirectory);
    }
}
