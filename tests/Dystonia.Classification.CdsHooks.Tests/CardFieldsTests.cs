using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.CdsHooks.Tests.Support;
using Dystonia.Classification.Tests.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>The card's fields of CDS Hooks 2.0 "Card Attributes" and the feedback endpoint ("Feedback").</summary>
public sealed class CardFieldsTests : IClassFixture<DevelopmentModeFactory>
{
    private const string ServicePath = "/cds-services/dystonia-classification";
    private readonly DevelopmentModeFactory factory;

    public CardFieldsTests(DevelopmentModeFactory factory) => this.factory = factory;

    private async Task<JsonElement> Card(string request, string language = "en")
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, ServicePath) { Content = new StringContent(request, Encoding.UTF8, "application/json") };
        message.Headers.Add("Accept-Language", language);
        using var response = await factory.CreateClient().SendAsync(message).WaitAsync(TimeSpan.FromSeconds(30));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("cards")[0].Clone();
    }

    private static string Request(string label) => Requests.OnePerDistribution.Single(c => c.Label == label).Request;

    [Fact]
    public async Task The_card_has_a_uuid_and_its_source_names_the_consensus_paper_and_a_topic()
    {
        var first = await Card(Request("focal"));
        var second = await Card(Request("focal"));

        Guid.TryParse(first.GetProperty("uuid").GetString(), out _).Should().BeTrue();
        first.GetProperty("uuid").GetString().Should().NotBe(second.GetProperty("uuid").GetString());
        var source = first.GetProperty("source");
        source.GetProperty("url").GetString().Should().Be("https://pubmed.ncbi.nlm.nih.gov/23649720/");
        source.GetProperty("topic").GetProperty("code").GetString().Should().Be("dystonia-classification");
        source.GetProperty("topic").GetProperty("display").GetString().Should().Be("Dystonia classification");
    }

    [Fact]
    public async Task The_suggestion_creates_the_classification_observation_for_the_patient_as_valid_fhir()
    {
        var card = await Card(Request("hemidystonia"));

        card.GetProperty("selectionBehavior").GetString().Should().Be("at-most-one");
        var suggestion = card.GetProperty("suggestions").EnumerateArray().Single();
        suggestion.GetProperty("label").GetString().Should().Be("Record the classification in the chart");
        Guid.TryParse(suggestion.GetProperty("uuid").GetString(), out _).Should().BeTrue();
        var action = suggestion.GetProperty("actions").EnumerateArray().Single();
        action.GetProperty("type").GetString().Should().Be("create");
        var observation = action.GetProperty("resource");
        observation.GetProperty("resourceType").GetString().Should().Be("Observation");
        observation.GetProperty("subject").GetProperty("reference").GetString().Should().Be("Patient/" + Requests.PatientId);
        observation.GetProperty("valueCodeableConcept").GetProperty("text").GetString().Should().Be("Hemidystonia");
        observation.GetProperty("effectiveDateTime").GetString().Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
        var validation = SchemaValidator.ValidateFhir(observation.GetRawText());
        validation.Summary.Should().Be("1 valid, 0 invalid", validation.ToString());
    }

    [Fact]
    public async Task A_patient_id_that_is_not_a_fhir_id_gets_the_card_without_the_suggestion_and_no_null_or_empty_element()
    {
        var card = await Card(Request("focal").Replace(Requests.PatientId, "not a fhir id/..", StringComparison.Ordinal));

        card.TryGetProperty("suggestions", out _).Should().BeFalse();
        card.TryGetProperty("selectionBehavior", out _).Should().BeFalse();
        card.EnumerateObject().Should().OnlyContain(p => p.Value.ValueKind != JsonValueKind.Null && !(p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 0));
    }

    [Fact]
    public async Task The_override_reasons_have_codes_and_displays_in_the_cards_language()
    {
        var english = await Card(Request("segmental"));
        var latvian = await Card(Request("segmental"), "lv");

        var reasons = english.GetProperty("overrideReasons").EnumerateArray().ToList();
        reasons.Select(r => r.GetProperty("code").GetString()).Should().Equal("findings-incomplete", "clinical-judgement", "already-recorded");
        reasons.Should().OnlyContain(r => r.GetProperty("system").GetString() == "https://dystonia-classification.invalid/fhir/CodeSystem/override-reason");
        reasons[0].GetProperty("display").GetString().Should().Be("The coded findings are incomplete or out of date");
        latvian.GetProperty("overrideReasons")[0].GetProperty("display").GetString().Should().Be("Kodētās atrades ir nepilnīgas vai novecojušas");
        latvian.GetProperty("suggestions")[0].GetProperty("label").GetString().Should().Be("Saglabāt klasifikāciju slimības vēsturē");
    }

    [Fact]
    public async Task The_indicator_is_a_warning_only_where_a_secondary_cause_has_not_been_looked_for()
    {
        var notImaged = await Card(Request("hemidystonia"));
        var imagedClean = await Card(Request("focal"));
        var imagedWithoutFeatures = await Card(Requests.PatientView([Requests.Dystonia("upperFace"), Requests.Dystonia("upperLimb:right")], [Requests.Finding("nervousSystemPathology/degeneration")]));

        notImaged.GetProperty("indicator").GetString().Should().Be("warning", "pathology was not assessed: no imaging has looked for a lesion");
        imagedClean.GetProperty("indicator").GetString().Should().Be("info");
        imagedWithoutFeatures.GetProperty("indicator").GetString().Should().Be("info", "pathology was assessed: {0}", imagedWithoutFeatures.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Feedback_is_counted_by_outcome_and_reason_and_the_clinicians_comment_is_not_logged()
    {
        var sink = new ConcurrentQueue<(LogLevel Level, string Message)>();
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(new CapturingLogger(sink)).SetMinimumLevel(LogLevel.Trace)))).CreateClient();
        string feedback = "{\"feedback\":[{\"card\":\"9368d37b-283f-44a0-93ea-547cebab93ed\",\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":{\"system\":\"https://dystonia-classification.invalid/fhir/CodeSystem/override-reason\",\"code\":\"findings-incomplete\"},\"userComment\":\"" + PatientData.FreeText + "\"},\"outcomeTimestamp\":\"2026-12-07T00:00:00Z\"},"
            + "{\"card\":\"9368d37b-283f-44a0-93ea-547cebab93ed\",\"outcome\":\"accepted\",\"acceptedSuggestions\":[{\"id\":\"e56e1945-20b3-4393-8503-a1a20fd73152\"}],\"outcomeTimestamp\":\"2026-12-07T00:00:01Z\"}]}";

        using var accepted = await client.PostAsync(ServicePath + "/feedback", new StringContent(feedback, Encoding.UTF8, "application/json"));
        using var invalid = await client.PostAsync(ServicePath + "/feedback", new StringContent("{\"feedback\":[{\"outcome\":\"liked\"}]}", Encoding.UTF8, "application/json"));
        using var notJson = await client.PostAsync(ServicePath + "/feedback", new StringContent(feedback, Encoding.UTF8, "text/plain"));

        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        notJson.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        sink.Select(m => m.Message).Should().Contain("Card feedback: overridden, override reason findings-incomplete").And.Contain("Card feedback: accepted, override reason none");
        sink.Should().NotContain(m => m.Message.Contains(PatientData.FreeText, StringComparison.Ordinal) || m.Message.Contains("9368d37b", StringComparison.Ordinal));
    }
}
