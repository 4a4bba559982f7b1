namespace Dystonia.Classification.Reasoning;

/// <summary>The kind of a suggested next step.</summary>
public enum WorkupKind
{
    /// <summary>Brain MRI. JSON: <c>brainMri</c>.</summary>
    BrainMri = 0,

    /// <summary>A levodopa trial for dopa-responsive dystonia. JSON: <c>levodopaTrial</c>.</summary>
    LevodopaTrial = 1,

    /// <summary>Genetic testing: a named gene, or a multigene panel or exome when no gene is named. JSON: <c>geneticTesting</c>.</summary>
    GeneticTesting = 2,

    /// <summary>Screening for Wilson disease. JSON: <c>wilsonDiseaseScreening</c>.</summary>
    WilsonDiseaseScreening = 3,

    /// <summary>Electromyography to locate muscles before botulinum toxin injection. JSON: <c>electromyography</c>.</summary>
    Electromyography = 4,

    /// <summary>Dopamine transporter imaging (DaT-SPECT), when parkinsonism accompanies dystonia. JSON: <c>dopamineTransporterImaging</c>.</summary>
    DopamineTransporterImaging = 5,

    /// <summary>A trial of low-dose carbamazepine for paroxysmal kinesigenic attacks. JSON: <c>carbamazepineTrial</c>.</summary>
    CarbamazepineTrial = 6,

    /// <summary>Testing for neural autoantibodies, such as LGI1. JSON: <c>autoimmuneAntibodies</c>.</summary>
    AutoimmuneAntibodies = 7,
}
