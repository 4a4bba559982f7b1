using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Dystonia.Classification.Tests.Privacy;

using Dystonia.Classification.CdsHooks.Tests.Support;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>The CDS Hooks 2.0 service in process: discovery, cards, and the error behaviour the spec asks for.</summary>
public sealed class CdsServiceTests : IClassFixture<DevelopmentModeFactory>
{
    private const string ServiceUrl = "/cds-services/dystonia-classification";
    private readonly WebApplicationFactory<Program> factory;

    public CdsServiceTests(DevelopmentModeFactory factory) => this.factory = factory;

    private async Task<(HttpStatusCode Status, JsonElement Body, string ContentType)> Post(string body, HttpClient? client = null)
    {
        client ??= factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(ServiceUrl, content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType ?? "");
    }

    [Fact]
    public async Task Discovery_lists_the_patient_view_service_with_its_prefetch()
    {
        var json = await factory.CreateClient().GetStringAsync("/cds-services");
        var service = JsonDocument.Parse(json).RootElement.GetProperty("services").EnumerateArray().Single();

        service.GetProperty("hook").GetString().Should().Be("patient-view");
        service.GetProperty("id").GetString().Should().Be("dystonia-classification");
        service.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
        service.GetProperty("prefetch").GetProperty("conditions").GetString().Should().StartWith("Condition?patient={{context.patientId}}&code=").And.EndWith("&_count=100");
    }

    [Theory]
    [InlineData("focal")]
    [InlineData("segmental")]
    [InlineData("multifocal")]
    [InlineData("hemidystonia")]
    [InlineData("generalized")]
    public async Task Each_distribution_comes_back_as_one_card_with_the_labels_in_a_short_summary(string label)
    {
        var (status, body, _) = await Post(Requests.OnePerDistribution.Single(c => c.Label == label).Request);

        status.Should().Be(HttpStatusCode.OK);
        var card = body.GetProperty("cards").EnumerateArray().Single();
        var summary = card.GetProperty("summary").GetString()!;
        summary.Should().StartWith("Dystonia: " + label);
        summary.Length.Should().BeLessThan(140);
        card.GetProperty("detail").GetString().Should().Contain("**DIST-");
        card.GetProperty("source").GetProperty("label").GetString().Should().Contain("Albanese2013 1.0.0");
        card.GetProperty("indicator").GetString().Should().BeOneOf("info", "warning");
    }

    [Fact]
    public async Task Red_flags_without_workup_give_a_warning_and_a_completed_workup_gives_info()
    {
        var hemidystonia = (await Post(Requests.OnePerDistribution.Single(c => c.Label == "hemidystonia").Request)).Body.GetProperty("cards")[0];
        var focal = (await Post(Requests.OnePerDistribution.Single(c => c.Label == "focal").Request)).Body.GetProperty("cards")[0];

        hemidystonia.GetProperty("indicator").GetString().Should().Be("warning");
        hemidystonia.GetProperty("summary").GetString().Should().EndWith("etiology undetermined");
        hemidystonia.GetProperty("detail").GetString().Should().Contain("Brain MRI is suggested");
        focal.GetProperty("indicator").GetString().Should().Be("info");
        focal.GetProperty("summary").GetString().Should().Be("Dystonia: focal, isolated, onset in early adulthood; etiology primary");
    }

    [Fact]
    public async Task A_record_without_dystonia_findings_gets_no_card()
    {
        var (status, body, _) = await Post(Requests.PatientView([Requests.Coded("http://snomed.info/sct", "38341003")]));

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("cards").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Missing_prefetch_is_412_with_an_operation_outcome()
    {
        var (status, body, contentType) = await Post("{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"p\"}}");

        status.Should().Be(HttpStatusCode.PreconditionFailed);
        contentType.Should().Be("application/fhir+json");
        body.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
    }

    [Fact]
    public async Task The_operation_outcome_of_a_412_is_valid_fhir_r4()
    {
        var (_, body, _) = await Post("{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"p\"}}");
        var validation = SchemaValidator.ValidateFhir(body.GetRawText());

        validation.Summary.Should().Be("1 valid, 0 invalid", validation.ToString());
    }

    [Fact]
    public async Task Malformed_json_is_400_problem_details()
    {
        var (status, body, contentType) = await Post("{\"hook\":");

        status.Should().Be(HttpStatusCode.BadRequest);
        contentType.Should().Be("application/problem+json");
        body.GetProperty("title").GetString().Should().Be("Malformed request");
    }

    [Fact]
    public async Task A_request_for_another_hook_or_without_a_patient_names_the_fields()
    {
        var (status, body, _) = await Post("{\"hook\":\"order-sign\",\"hookInstance\":\"x\",\"context\":{}}");

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).Should().Equal("hook", "context.patientId");
    }

    [Fact]
    public async Task An_incomplete_record_is_a_card_that_says_what_is_missing_not_a_400()
    {
        // The upper limb (SNOMED CT 53120007) without its side: the request is well formed, the record incomplete.
        var limbWithoutSide = "{\"resource\":{\"resourceType\":\"Condition\",\"code\":{\"coding\":[{\"system\":\"http://human-phenotype-ontology.org\",\"code\":\"HP:0001332\"}]},\"bodySite\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"53120007\"}]}]}}";

        var (status, body, _) = await Post(Requests.PatientView([limbWithoutSide]));

        status.Should().Be(HttpStatusCode.OK);
        var card = body.GetProperty("cards").EnumerateArray().Single();
        card.GetProperty("indicator").GetString().Should().Be("info");
        card.GetProperty("summary").GetString().Should().Be("Dystonia recorded: findings incomplete for a classification");
        card.GetProperty("detail").GetString().Should().Contain("Missing in the record").And.Contain("upper limb");
        card.TryGetProperty("suggestions", out _).Should().BeFalse();
    }

    [Fact]
    public async Task A_limb_without_its_side_beside_a_classifiable_region_is_listed_as_missing_on_the_card()
    {
        var neck = "{\"resource\":{\"resourceType\":\"Condition\",\"code\":{\"coding\":[{\"system\":\"http://human-phenotype-ontology.org\",\"code\":\"HP:0000473\"}]}}}";
        var limbWithoutSide = "{\"resource\":{\"resourceType\":\"Condition\",\"code\":{\"coding\":[{\"system\":\"http://human-phenotype-ontology.org\",\"code\":\"HP:0001332\"}]},\"bodySite\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"53120007\"}]}]}}";

        var (status, body, _) = await Post(Requests.PatientView([neck, limbWithoutSide]));

        status.Should().Be(HttpStatusCode.OK);
        var card = body.GetProperty("cards").EnumerateArray().Single();
        card.GetProperty("summary").GetString().Should().StartWith("Dystonia: focal");
        card.GetProperty("detail").GetString().Should().Contain("Missing in the record").And.Contain("upper limb");
    }

    [Fact]
    public async Task Another_patients_condition_in_the_prefetch_gives_no_card()
    {
        var otherPatient = "{\"resource\":{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"Patient/someone-else\"},\"code\":{\"coding\":[{\"system\":\"http://human-phenotype-ontology.org\",\"code\":\"HP:0000473\"}]}}}";

        var (status, body, _) = await Post(Requests.PatientView([otherPatient]));

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("cards").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_refused_with_413()
    {
        var padding = new string(' ', DystoniaService.MaximumBodyBytes);
        var (status, _, _) = await Post(Requests.OnePerDistribution[0].Request + padding);

        status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Logs_never_contain_the_patient_id_or_the_findings()
    {
        var sink = new CapturingLoggerProvider();
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(sink)))).CreateClient();

        foreach (var (_, request) in Requests.OnePerDistribution)
        {
            await Post(request, client);
        }

        await Post("{\"hook\":", client);

        sink.Messages.Should().Contain(m => m.Contains("CDS request handled with status 200", StringComparison.Ordinal));
        sink.Messages.Should().NotContain(m => m.Contains(Requests.PatientId, StringComparison.Ordinal) || m.Contains("Practitioner", StringComparison.Ordinal) || m.Contains("HP:0001332", StringComparison.Ordinal));
    }

    /// <summary>Requests an EHR might send by mistake, each carrying a distinctive patient id, birth date and free text.</summary>
    public static TheoryData<string, string> HostileRequests()
    {
        string patient = "{\"resourceType\":\"Patient\",\"id\":\"" + PatientData.Id + "\",\"birthDate\":\"" + PatientData.BirthDate + "\"}";
        string note = ",\"note\":[{\"text\":\"" + PatientData.FreeText + "\"}]";
        string dystonia = "\"code\":{\"coding\":[{\"system\":\"http://human-phenotype-ontology.org\",\"code\":\"HP:0001332\"}]}";
        string site = "\"bodySite\":[{\"coding\":[{\"system\":\"https://dystonia-classification.invalid/fhir/CodeSystem/body-region\",\"code\":\"neck\"}]}]";
        string Request(params string[] conditions) =>
            "{\"hook\":\"patient-view\",\"hookInstance\":\"h-1\",\"context\":{\"patientId\":\"" + PatientData.Id + "\"},\"prefetch\":{\"patient\":" + patient +
            ",\"observations\":null,\"conditions\":{\"resourceType\":\"Bundle\",\"entry\":[" + string.Join(",", conditions.Select(c => "{\"resource\":" + c + "}")) + "]}}}";
        string Condition(string body) => "{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"Patient/" + PatientData.Id + "\"}" + note + "," + body + "}";

        return new TheoryData<string, string>
        {
            { "malformed JSON", "{\"hook\":\"patient-view\",\"context\":{\"patientId\":\"" + PatientData.Id + "\",\"note\":\"" + PatientData.FreeText },
            { "another hook", Request(Condition(dystonia + "," + site)).Replace("patient-view", "order-sign", StringComparison.Ordinal) },
            { "no prefetch", "{\"hook\":\"patient-view\",\"hookInstance\":\"h-1\",\"context\":{\"patientId\":\"" + PatientData.Id + "\"}}" },
            { "limb without side", Request(Condition(dystonia + ",\"bodySite\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"53120007\"}]}]")) },
            { "onset age out of range", Request(Condition(dystonia + "," + site + ",\"onsetAge\":{\"value\":" + PatientData.Age + ",\"code\":\"a\"}")) },
            { "onset age beyond double range", Request(Condition(dystonia + "," + site + ",\"onsetAge\":{\"value\":1e400,\"code\":\"a\"}")) },
            { "resourceType a number", Request("{\"resourceType\":7" + note + "}") },
            { "code a string", Request(Condition("\"code\":\"" + PatientData.FreeText + "\"")) },
            { "coding an object", Request(Condition("\"code\":{\"coding\":{\"code\":\"" + PatientData.Word + "\"}}")) },
            { "coding entries not objects", Request(Condition("\"code\":{\"coding\":[7,\"" + PatientData.Word + "\"]}")) },
            { "body site a string", Request(Condition(dystonia + ",\"bodySite\":\"" + PatientData.FreeText + "\"")) },
            { "body site entries not objects", Request(Condition(dystonia + ",\"bodySite\":[\"" + PatientData.FreeText + "\",7]")) },
            { "onset age a string", Request(Condition(dystonia + "," + site + ",\"onsetAge\":\"" + PatientData.Age + "\"")) },
            { "onset age value a string", Request(Condition(dystonia + "," + site + ",\"onsetAge\":{\"value\":\"" + PatientData.Age + "\"}")) },
            { "onset date a number", Request(Condition(dystonia + "," + site + ",\"onsetDateTime\":19310723")) },
            { "verification status a string", Request(Condition(dystonia + "," + site + ",\"verificationStatus\":\"" + PatientData.Word + "\"")) },
            { "verification codings not an array", Request(Condition(dystonia + "," + site + ",\"verificationStatus\":{\"coding\":{\"code\":\"refuted\"}}")) },
            { "birth date a number", Request(Condition(dystonia + "," + site)).Replace("\"birthDate\":\"" + PatientData.BirthDate + "\"", "\"birthDate\":19310723", StringComparison.Ordinal) },
            { "resource a string", Request("\"" + PatientData.FreeText + "\"") },
            { "entry not an array", Request(Condition(dystonia + "," + site)).Replace("\"entry\":[", "\"entry\":{\"x\":[", StringComparison.Ordinal).Replace("]}}}", "]}}}}", StringComparison.Ordinal) },
        };
    }

    [Theory]
    [MemberData(nameof(HostileRequests))]
    public async Task A_hostile_request_is_answered_without_a_server_error_and_neither_the_answer_nor_the_logs_hold_patient_data(string about, string request)
    {
        var sink = new CapturingLoggerProvider();
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(sink).SetMinimumLevel(LogLevel.Trace)))).CreateClient();
        using var content = new StringContent(request, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(ServiceUrl, content);
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().BeOneOf([200, 400, 412], "{0}: {1}", about, body);
        sink.Messages.Should().Contain(m => m.Contains("CDS request handled with status", StringComparison.Ordinal));
        // A card's suggestion creates the Observation for the patient the EHR named: that reference, and only it, holds the id.
        string answer = body.Replace("\"subject\":{\"reference\":\"Patient/" + PatientData.Id + "\"}", "", StringComparison.Ordinal);
        foreach (var marker in PatientData.Markers)
        {
            answer.Should().NotContain(marker, about);
            sink.Messages.Should().NotContain(m => m.Contains(marker, StringComparison.Ordinal), about);
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        internal ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}
