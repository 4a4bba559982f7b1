namespace Dystonia.Classification.Reasoning;

/// <summary>The kind of a suggested next step.</summary>
public enum WorkupKind
{
    /// <summary>Brain MRI. JSON: <c>brainMri</c>.</summary>
    BrainMri = 0,

    /// <summary>A levodopa trial for dopa-responsive dystonia. JSON: <c>levodopaTrial</c>.</summary>
    LevodopaTrial = 1,

    /// <summary>Genetic testing for a named gene. JSON: <c>geneticTesting</c>.</summary>
    GeneticTesting = 2,

    /// <summary>Screening for Wilson disease. JSON: <c>wilsonDiseaseScreening</c>.</summary>
    WilsonDiseaseScreening = 3,

    /// <summary>Electromyography to locate muscles before botulinum toxin injection. JSON: <c>electromyography</c>.</summary>
    Electromyography = 4,
}
