namespace Dystonia.Classification.Rules;

/// <summary>
/// The stable id of every rule. Each id has an entry (condition, reasoning text, sources) in
/// <c>Data/rules.json</c> and a row in <c>docs/classification-rules.md</c>; the prefix names the file that
/// evaluates it: DIST- <c>DistributionRules</c>, AGE- <c>AgeAtOnsetRules</c>, COURSE-/VARIABILITY-/ASSOC-
/// <c>ClinicalFeatureRules</c>, PATH-/HERIT-/ETIO-/LEGACY- <c>EtiologyRules</c>, WORKUP- <c>WorkupRules</c>.
/// </summary>
public static class RuleIds
{
#pragma warning disable CS1591 // Each id is documented in Data/rules.json and docs/classification-rules.md.
    public const string DistFocal = "DIST-FOCAL";
    public const string DistGeneralized = "DIST-GENERALIZED";
    public const string DistGeneralizedPre2013 = "DIST-GENERALIZED-PRE2013";
    public const string DistHemidystonia = "DIST-HEMIDYSTONIA";
    public const string DistSegmental = "DIST-SEGMENTAL";
    public const string DistSegmentalThreeOrMore = "DIST-SEGMENTAL-THREE-OR-MORE";
    public const string DistMultifocal = "DIST-MULTIFOCAL";
    public const string DistMultifocalThreeOrMore = "DIST-MULTIFOCAL-THREE-OR-MORE";

    public const string AgeInfancy = "AGE-INFANCY";
    public const string AgeChildhood = "AGE-CHILDHOOD";
    public const string AgeAdolescence = "AGE-ADOLESCENCE";
    public const string AgeEarlyAdulthood = "AGE-EARLY-ADULTHOOD";
    public const string AgeLateAdulthood = "AGE-LATE-ADULTHOOD";
    public const string AgeCompletedYears = "AGE-COMPLETED-YEARS";
    public const string AgeForty = "AGE-FORTY";
    public const string AgeNotRecorded = "AGE-NOT-RECORDED";

    public const string CourseRecorded = "COURSE-RECORDED";
    public const string CourseNotRecorded = "COURSE-NOT-RECORDED";
    public const string VariabilityRecorded = "VARIABILITY-RECORDED";
    public const string VariabilityNotRecorded = "VARIABILITY-NOT-RECORDED";
    public const string AssocIsolated = "ASSOC-ISOLATED";
    public const string AssocCombined = "ASSOC-COMBINED";
    public const string AssocNotRecorded = "ASSOC-NOT-RECORDED";
    public const string AssocOtherFeatures = "ASSOC-OTHER-FEATURES";

    public const string PathNone = "PATH-NONE";
    public const string PathDegeneration = "PATH-DEGENERATION";
    public const string PathStructuralLesion = "PATH-STRUCTURAL-LESION";
    public const string PathNotAssessed = "PATH-NOT-ASSESSED";

    public const string HeritConflicting = "HERIT-CONFLICTING";
    public const string HeritInherited = "HERIT-INHERITED";
    public const string HeritAcquired = "HERIT-ACQUIRED";
    public const string HeritUnexplainedPathology = "HERIT-UNEXPLAINED-PATHOLOGY";
    public const string HeritIdiopathicFamilial = "HERIT-IDIOPATHIC-FAMILIAL";
    public const string HeritIdiopathicSporadic = "HERIT-IDIOPATHIC-SPORADIC";
    public const string HeritFamilyHistoryUnknown = "HERIT-FAMILY-HISTORY-UNKNOWN";

    public const string EtioSecondary = "ETIO-SECONDARY";
    public const string EtioPrimaryEstablished = "ETIO-PRIMARY-ESTABLISHED";
    public const string EtioUndetermined = "ETIO-UNDETERMINED";
    public const string EtioPrimaryProvisional = "ETIO-PRIMARY-PROVISIONAL";

    public const string LegacySecondary = "LEGACY-SECONDARY";
    public const string LegacyPsychogenic = "LEGACY-PSYCHOGENIC";
    public const string LegacyHeredodegenerative = "LEGACY-HEREDODEGENERATIVE";
    public const string LegacyDystoniaPlus = "LEGACY-DYSTONIA-PLUS";
    public const string LegacyPrimary = "LEGACY-PRIMARY";
    public const string LegacyNotDerivable = "LEGACY-NOT-DERIVABLE";

    public const string WorkupMriHemidystonia = "WORKUP-MRI-HEMIDYSTONIA";
    public const string WorkupMriRedFlags = "WORKUP-MRI-RED-FLAGS";
    public const string WorkupMri = "WORKUP-MRI";
    public const string WorkupLevodopaTrial = "WORKUP-LEVODOPA-TRIAL";
    public const string WorkupGeneticTor1a = "WORKUP-GENETIC-TOR1A";
    public const string WorkupGeneticThap1 = "WORKUP-GENETIC-THAP1";
    public const string WorkupGeneticSgce = "WORKUP-GENETIC-SGCE";
    public const string WorkupWilson = "WORKUP-WILSON";
    public const string WorkupEmg = "WORKUP-EMG";
#pragma warning restore CS1591
}
