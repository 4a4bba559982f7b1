using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dystonia.Classification.Serialization;
using Dystonia.Classification.Validation;
using Hl7.Fhir.Model;

namespace Dystonia.Classification.Fhir.Firely;

/// <summary>
/// A FHIR R4 Questionnaire for the findings the classifier uses, and the reader of its QuestionnaireResponse, so that an
/// EHR form or a SMART app can collect what a card says is missing. The item <c>linkId</c>s are the JSON contract's
/// field paths (<c>etiology.geneticFinding.gene</c>); the answers are codes of the project's findings and body-region
/// systems (docs/fhir), so every answer maps to one contract value.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class DystoniaQuestionnaire
{
    /// <summary>The Questionnaire's canonical URL.</summary>
    public const string Url = DystoniaFirely.CanonicalBase + "Questionnaire/dystonia-findings";

    /// <summary>Returns the Questionnaire with its texts in <paramref name="language"/> (<c>en</c> or <c>lv</c>); answer displays stay the code systems' English.</summary>
    /// <param name="language">The language of the item texts.</param>
    /// <returns>A new Questionnaire.</returns>
    /// <exception cref="ArgumentException">The language is not supported.</exception>
    public static Questionnaire Create(string language = "en")
    {
        ArgumentNullException.ThrowIfNull(language);
        var texts = DystoniaFirely.Texts.Value.For(language);
        string Text(string linkId) => texts["firely.questionnaire." + linkId];

        Questionnaire.ItemComponent Item(string linkId, Questionnaire.QuestionnaireItemType type, bool repeats = false, IEnumerable<Coding>? answers = null)
        {
            var item = new Questionnaire.ItemComponent { LinkId = linkId, Text = Text(linkId), Type = type };
            if (repeats)
            {
                item.Repeats = true;
            }

            if (answers is not null)
            {
                item.AnswerOption = answers.Select(a => new Questionnaire.AnswerOptionComponent { Value = a }).ToList();
            }

            return item;
        }

        IEnumerable<Coding> Findings(string axis) =>
            ProjectCodes.Values(axis).Select(v => new Coding(FhirSystems.Findings, axis + "/" + v, ProjectCodes.FindingDisplay(axis, v)));

        var choice = Questionnaire.QuestionnaireItemType.Choice;
        var region = Item("regions.region", choice, answers: ValidRegionCodes().Select(r => new Coding(FhirSystems.BodyRegion, r, ProjectCodes.Display(r))));
        region.Required = true;
        var regions = Item("regions", Questionnaire.QuestionnaireItemType.Group, repeats: true);
        regions.Required = true;
        regions.Item = [region, Item("regions.onset", Questionnaire.QuestionnaireItemType.Boolean)];

        var examined = Item("associatedFeatures.examined", Questionnaire.QuestionnaireItemType.Boolean);
        var associated = Item("associatedFeatures", Questionnaire.QuestionnaireItemType.Group);
        associated.Item = [examined];
        foreach (var (linkId, axis) in new[] { ("associatedFeatures.movementDisorders", "movementDisorder"), ("associatedFeatures.neurological", "neurological"), ("associatedFeatures.systemic", "systemic") })
        {
            var features = Item(linkId, choice, repeats: true, answers: Findings(axis));
            features.EnableWhen.Add(new Questionnaire.EnableWhenComponent { Question = examined.LinkId, Operator = Questionnaire.QuestionnaireItemOperator.Equal, Answer = new FhirBoolean(true) });
            associated.Item.Add(features);
        }

        var gene = Item("etiology.geneticFinding.gene", Questionnaire.QuestionnaireItemType.String);
        gene.MaxLength = 20;
        var variant = Item("etiology.geneticFinding.classification", choice, answers: Findings("variantClassification"));
        variant.EnableWhen.Add(new Questionnaire.EnableWhenComponent { Question = gene.LinkId, Operator = Questionnaire.QuestionnaireItemOperator.Exists, Answer = new FhirBoolean(true) });
        var zygosity = Item("etiology.geneticFinding.zygosity", choice, answers: Findings("zygosity"));
        zygosity.EnableWhen.Add(new Questionnaire.EnableWhenComponent { Question = gene.LinkId, Operator = Questionnaire.QuestionnaireItemOperator.Exists, Answer = new FhirBoolean(true) });
        var genetic = Item("etiology.geneticFinding", Questionnaire.QuestionnaireItemType.Group);
        genetic.Item = [gene, variant, zygosity];
        var etiology = Item("etiology", Questionnaire.QuestionnaireItemType.Group);
        etiology.Item =
        [
            Item("etiology.nervousSystemPathology", choice, answers: Findings("nervousSystemPathology")),
            Item("etiology.acquiredCauses", choice, repeats: true, answers: Findings("acquiredCause")),
            genetic,
            Item("etiology.familyHistory", choice, answers: Findings("familyHistory")),
        ];

        return new Questionnaire
        {
            Id = "dystonia-findings",
            Url = Url,
            Name = "DystoniaFindings",
            Title = Text("title"),
            Language = language,
            Status = PublicationStatus.Active,
            Experimental = false,
            SubjectType = [ResourceType.Patient],
            Publisher = "Dystonia.Classification contributors",
            Description = "The findings Dystonia.Classification uses (2013 consensus): regions with side and onset, age at onset, course, variability, associated features, diagnostic clues, nervous system pathology, acquired causes, the genetic finding with the variant's classification and zygosity, and family history. Link ids are the JSON contract's field paths.",
            Item =
            [
                regions,
                Item("ageAtOnset", Questionnaire.QuestionnaireItemType.Decimal),
                Item("course", choice, answers: Findings("course")),
                Item("variability", choice, repeats: true, answers: Findings("variability")),
                associated,
                Item("diagnosticClues", choice, repeats: true, answers: Findings("diagnosticClue")),
                etiology,
            ],
        };
    }

    /// <summary>
    /// Reads a response to the Questionnaire into a presentation. The answers become the JSON contract's values and
    /// are checked by its reader, so a limb without a side or an age out of range is an error as it is in JSON.
    /// </summary>
    /// <param name="response">A QuestionnaireResponse to <see cref="Url"/>.</param>
    /// <returns>The presentation or the errors, and the answers that were not used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public static QuestionnaireReadResult Read(QuestionnaireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var notUsed = new List<string>();
        var answers = new Dictionary<string, List<DataType>>(StringComparer.Ordinal);
        var regions = new List<(string Code, bool Onset)>();
        Collect(response.Item, answers, regions, notUsed);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            if (regions.Count > 0)
            {
                json.WriteStartArray("regions");
                foreach (var (code, onset) in regions)
                {
                    var parts = code.Split(':');
                    json.WriteStartObject();
                    json.WriteString("region", parts[0]);
                    if (parts.Length > 1)
                    {
                        json.WriteString("side", parts[1]);
                    }

                    if (onset)
                    {
                        json.WriteBoolean("onset", true);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (First(answers, "ageAtOnset") is { } age)
            {
                switch (age)
                {
                    case FhirDecimal { Value: { } years }:
                        json.WriteNumber("ageAtOnset", years);
                        break;
                    case Integer { Value: { } whole }:
                        json.WriteNumber("ageAtOnset", whole);
                        break;
                    default:
                        notUsed.Add("ageAtOnset: the answer is not a number.");
                        break;
                }
            }

            WriteCode(json, "course", Codes(answers, "course", "course", notUsed).FirstOrDefault());
            WriteCodes(json, "variability", Codes(answers, "variability", "variability", notUsed));
            bool examined = First(answers, "associatedFeatures.examined") is FhirBoolean { Value: true };
            var movement = Codes(answers, "associatedFeatures.movementDisorders", "movementDisorder", notUsed);
            var neurological = Codes(answers, "associatedFeatures.neurological", "neurological", notUsed);
            var systemic = Codes(answers, "associatedFeatures.systemic", "systemic", notUsed);
            if (examined || movement.Count + neurological.Count + systemic.Count > 0)
            {
                json.WriteStartObject("associatedFeatures");
                WriteCodes(json, "movementDisorders", movement);
                WriteCodes(json, "neurological", neurological);
                WriteCodes(json, "systemic", systemic);
                json.WriteEndObject();
            }

            WriteCodes(json, "diagnosticClues", Codes(answers, "diagnosticClues", "diagnosticClue", notUsed));

            string? pathology = Codes(answers, "etiology.nervousSystemPathology", "nervousSystemPathology", notUsed).FirstOrDefault();
            var causes = Codes(answers, "etiology.acquiredCauses", "acquiredCause", notUsed);
            string? gene = (First(answers, "etiology.geneticFinding.gene") as FhirString)?.Value?.Trim();
            string? classification = Codes(answers, "etiology.geneticFinding.classification", "variantClassification", notUsed).FirstOrDefault();
            string? zygosity = Codes(answers, "etiology.geneticFinding.zygosity", "zygosity", notUsed).FirstOrDefault();
            string? family = Codes(answers, "etiology.familyHistory", "familyHistory", notUsed).FirstOrDefault();
            if (pathology is not null || causes.Count > 0 || !string.IsNullOrEmpty(gene) || family is not null)
            {
                json.WriteStartObject("etiology");
                WriteCode(json, "nervousSystemPathology", pathology);
                WriteCodes(json, "acquiredCauses", causes);
                if (!string.IsNullOrEmpty(gene))
                {
                    json.WriteStartObject("geneticFinding");
                    json.WriteString("gene", gene);
                    WriteCode(json, "classification", classification);
                    WriteCode(json, "zygosity", zygosity);
                    json.WriteEndObject();
                }
                else
                {
                    WithoutGene(classification, zygosity, notUsed);
                }

                if (family is not null)
                {
                    json.WriteBoolean("familyHistory", family == "positive");
                }

                json.WriteEndObject();
            }
            else
            {
                WithoutGene(classification, zygosity, notUsed);
            }

            json.WriteEndObject();
        }

        // As the Bundle reader: no affected region answered, no presentation.
        if (regions.Count == 0)
        {
            return new QuestionnaireReadResult(null, [new ClassificationError("regions", ErrorCodes.RegionsRequired, "No affected region was answered (item regions.region).")], notUsed);
        }

        var read = DystoniaJson.ReadPresentation(stream.ToArray());
        return new QuestionnaireReadResult(read.Presentation, read.Errors, notUsed);
    }

    /// <summary>Reports a variant's classification or zygosity answered without its gene: it describes no finding.</summary>
    private static void WithoutGene(string? classification, string? zygosity, List<string> notUsed)
    {
        if (classification is not null)
        {
            notUsed.Add("etiology.geneticFinding.classification: a variant classification without a gene.");
        }

        if (zygosity is not null)
        {
            notUsed.Add("etiology.geneticFinding.zygosity: a zygosity without a gene.");
        }
    }

    /// <summary>The region codes a presentation accepts: a side where the region needs or allows one, none where it has none.</summary>
    private static IEnumerable<string> ValidRegionCodes()
    {
        foreach (string code in ProjectCodes.BodyRegions)
        {
            var parts = code.Split(':');
            var region = Enum.GetValues<BodyRegion>().First(r => ContractNames.Of(r) == parts[0]);

            bool valid = parts.Length == 1
                ? region is not (BodyRegion.UpperLimb or BodyRegion.LowerLimb)
                : region is not (BodyRegion.Neck or BodyRegion.Trunk);
            if (valid)
            {
                yield return code;
            }
        }
    }

    private static void Collect(List<QuestionnaireResponse.ItemComponent> items, Dictionary<string, List<DataType>> answers, List<(string, bool)> regions, List<string> notUsed)
    {
        foreach (var item in items)
        {
            string linkId = item.LinkId ?? "";
            if (linkId == "regions")
            {
                var site = item.Item.Where(i => i.LinkId == "regions.region").SelectMany(i => i.Answer).Select(a => a.Value).OfType<Coding>().FirstOrDefault();
                bool onset = item.Item.Where(i => i.LinkId == "regions.onset").SelectMany(i => i.Answer).Select(a => a.Value).OfType<FhirBoolean>().Any(b => b.Value == true);
                if (site is { System: FhirSystems.BodyRegion, Code: { } code } && ValidRegionCodes().Contains(code, StringComparer.Ordinal))
                {
                    regions.Add((code, onset));
                }
                else if (site is not null)
                {
                    notUsed.Add("regions.region: no body-region code of this Questionnaire (" + site.System + "|" + site.Code + ").");
                }

                continue;
            }

            if (item.Answer.Count > 0)
            {
                if (!IsQuestion(linkId))
                {
                    notUsed.Add(linkId + ": not an item of this Questionnaire.");
                    continue;
                }

                if (!answers.TryGetValue(linkId, out var list))
                {
                    answers[linkId] = list = [];
                }

                list.AddRange(item.Answer.Select(a => a.Value).Where(v => v is not null)!);
                foreach (var answer in item.Answer)
                {
                    Collect(answer.Item, answers, regions, notUsed);
                }
            }

            Collect(item.Item, answers, regions, notUsed);
        }
    }

    private static readonly HashSet<string> Questions = new(StringComparer.Ordinal)
    {
        "ageAtOnset", "course", "variability", "associatedFeatures.examined", "associatedFeatures.movementDisorders",
        "associatedFeatures.neurological", "associatedFeatures.systemic", "diagnosticClues", "etiology.nervousSystemPathology",
        "etiology.acquiredCauses", "etiology.geneticFinding.gene", "etiology.geneticFinding.classification", "etiology.geneticFinding.zygosity",
        "etiology.familyHistory",
    };

    private static bool IsQuestion(string linkId) => Questions.Contains(linkId);

    private static DataType? First(Dictionary<string, List<DataType>> answers, string linkId) =>
        answers.TryGetValue(linkId, out var list) ? list.FirstOrDefault() : null;

    /// <summary>The contract values of a choice item's answers: codes <c>axis/value</c> of the findings system.</summary>
    private static List<string> Codes(Dictionary<string, List<DataType>> answers, string linkId, string axis, List<string> notUsed)
    {
        var values = new List<string>();
        if (!answers.TryGetValue(linkId, out var list))
        {
            return values;
        }

        foreach (var answer in list)
        {
            if (answer is Coding { System: FhirSystems.Findings, Code: { } code } && code.StartsWith(axis + "/", StringComparison.Ordinal)
                && ProjectCodes.Values(axis).Contains(code.Substring(axis.Length + 1), StringComparer.Ordinal))
            {
                string value = code.Substring(axis.Length + 1);
                if (!values.Contains(value, StringComparer.Ordinal))
                {
                    values.Add(value);
                }
            }
            else
            {
                notUsed.Add(linkId + ": not an answer of this Questionnaire" + (answer is Coding c ? " (" + c.System + "|" + c.Code + ")." : "."));
            }
        }

        return values;
    }

    private static void WriteCode(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteCodes(Utf8JsonWriter json, string name, List<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
