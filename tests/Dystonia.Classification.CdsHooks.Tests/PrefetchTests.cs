using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.CdsHooks.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>
/// CDS Hooks 2.0 "Providing FHIR Resources": the prefetch as given, its further pages, null as "no data", and the
/// client's FHIR server (a real one on loopback, with bearer tokens and paging) for what the prefetch lacks.
/// </summary>
public sealed class PrefetchTests : IClassFixture<DevelopmentModeFactory>, IAsyncLifetime
{
    private const string ServiceUrl = "/cds-services/dystonia-classification";
    private readonly DevelopmentModeFactory factory;
    private LoopbackFhirServer fhir = null!;

    public PrefetchTests(DevelopmentModeFactory factory) => this.factory = factory;

    public async Task InitializeAsync() => fhir = await LoopbackFhirServer.StartAsync();

    public async Task DisposeAsync() => await fhir.DisposeAsync();

    private static string Resource(string entry) => JsonDocument.Parse(entry).RootElement.GetProperty("resource").GetRawText();

    private static string Patient => "{\"resourceType\":\"Patient\",\"id\":\"" + Requests.PatientId + "\",\"birthDate\":\"1990-05-01\"}";

    private static string EmptyBundle => "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[]}";

    private static string Bundle(params string[] entries) => "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[" + string.Join(",", entries) + "]}";

    private static string OperationOutcome => "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"timeout\"}]}";

    private string Call(string? prefetch, bool withServer, string token = LoopbackFhirServer.Token) =>
        "{\"hook\":\"patient-view\",\"hookInstance\":\"5b4f9e8a-0f5e-4a1e-9c43-1f0d8f1b2c3d\",\"context\":{\"userId\":\"Practitioner/example\",\"patientId\":\"" + Requests.PatientId + "\"}"
        + (withServer ? ",\"fhirServer\":\"" + fhir.BaseUrl + "\",\"fhirAuthorization\":{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"user/Patient.read user/Condition.read user/Observation.read\",\"subject\":\"dystonia-classification\"}" : "")
        + (prefetch is null ? "" : ",\"prefetch\":{" + prefetch + "}") + "}";

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await factory.CreateClient().PostAsync(ServiceUrl, content).WaitAsync(TimeSpan.FromSeconds(30));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static string Summary(JsonElement body) => body.GetProperty("cards")[0].GetProperty("summary").GetString()!;

    private void StoreMultifocalOnTheServer()
    {
        fhir.Add(Patient);
        fhir.Add(Resource(Requests.Dystonia("upperFace")));
        fhir.Add(Resource(Requests.Dystonia("upperLimb:right")));
    }

    [Fact]
    public void The_prefetch_templates_ask_only_for_the_codes_the_reader_recognises_a_page_at_a_time()
    {
        foreach (var key in new[] { "conditions", "observations" })
        {
            var template = PatientRecord.Templates[key];
            template.Should().Contain("patient={{context.patientId}}").And.Contain("&_count=100");
            template.Should().Contain("http://human-phenotype-ontology.org|HP:0001332", "dystonia itself").And.Contain("http://hl7.org/fhir/sid/icd-10-cm|G24.3", "a region phenotype");
            template.Should().Contain("https://dystonia-classification.invalid/fhir/CodeSystem/findings|", "the project's findings, any code");
            template.Should().NotContain("45048000", "a body site is not a finding code");
        }
    }

    [Fact]
    public async Task A_paginated_prefetch_bundle_is_read_to_its_last_page_on_the_clients_fhir_server()
    {
        StoreMultifocalOnTheServer();
        // The EHR prefetched only the first of two pages; the second holds the right arm.
        string firstPage = fhir.Page([Requests.Dystonia("upperFace")], total: 2, "Condition?patient=" + Requests.PatientId + "&code=http://human-phenotype-ontology.org|HP:0001332&_count=1&_offset=1");

        var (status, body) = await Post(Call("\"patient\":" + Patient + ",\"conditions\":" + firstPage + ",\"observations\":" + EmptyBundle, withServer: true));

        status.Should().Be(HttpStatusCode.OK);
        Summary(body).Should().StartWith("Dystonia: multifocal", "both pages were read, not only the first (which alone is focal)");
        fhir.Requests.Should().ContainSingle().Which.Authorization.Should().Be("Bearer " + LoopbackFhirServer.Token);
    }

    [Fact]
    public async Task A_paginated_prefetch_without_a_fhir_server_to_read_its_next_pages_is_412_rather_than_a_card_from_one_page()
    {
        string firstPage = fhir.Page([Requests.Dystonia("upperFace")], total: 2, "Condition?patient=" + Requests.PatientId + "&_offset=1");

        var (status, body) = await Post(Call("\"patient\":" + Patient + ",\"conditions\":" + firstPage + ",\"observations\":" + EmptyBundle, withServer: false));

        status.Should().Be(HttpStatusCode.PreconditionFailed);
        body.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
        body.GetProperty("issue")[0].GetProperty("diagnostics").GetString().Should().Contain("paginated");
    }

    [Fact]
    public async Task A_next_link_to_another_server_is_not_followed_and_the_token_goes_nowhere_else()
    {
        string firstPage = fhir.Page([Requests.Dystonia("upperFace")], total: 2, "Condition?_offset=1").Replace(fhir.BaseUrl, "http://127.0.0.2:9/fhir", StringComparison.Ordinal);

        var (status, _) = await Post(Call("\"patient\":" + Patient + ",\"conditions\":" + firstPage + ",\"observations\":" + EmptyBundle, withServer: true));

        // The key is then fetched afresh from the request's own fhirServer, which here holds nothing for the patient.
        status.Should().Be(HttpStatusCode.OK);
        fhir.Requests.Should().OnlyContain(r => r.PathAndQuery.StartsWith("/fhir/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_operation_outcome_in_place_of_a_prefetch_key_is_fetched_from_the_fhir_server_with_the_bearer_token()
    {
        StoreMultifocalOnTheServer();

        var (status, body) = await Post(Call("\"patient\":" + Patient + ",\"conditions\":" + OperationOutcome + ",\"observations\":" + EmptyBundle, withServer: true));

        status.Should().Be(HttpStatusCode.OK);
        Summary(body).Should().StartWith("Dystonia: multifocal");
        var search = fhir.Requests.Should().ContainSingle().Subject;
        search.Authorization.Should().Be("Bearer " + LoopbackFhirServer.Token);
        search.PathAndQuery.Should().StartWith("/fhir/Condition?patient=" + Requests.PatientId + "&code=").And.Contain("_count=100");
    }

    [Fact]
    public async Task An_operation_outcome_without_a_fhir_server_is_412_not_an_empty_answer()
    {
        var (status, body) = await Post(Call("\"patient\":" + Patient + ",\"conditions\":" + OperationOutcome + ",\"observations\":" + EmptyBundle, withServer: false));

        status.Should().Be(HttpStatusCode.PreconditionFailed);
        body.GetProperty("issue")[0].GetProperty("diagnostics").GetString().Should().Contain("OperationOutcome");
    }

    [Fact]
    public async Task A_prefetch_bundle_carrying_an_operation_outcome_error_is_fetched_again_from_the_fhir_server()
    {
        StoreMultifocalOnTheServer();
        string partial = Bundle(Requests.Dystonia("upperFace"), "{\"resource\":" + OperationOutcome + ",\"search\":{\"mode\":\"outcome\"}}");

        var (status, body) = await Post(Call("\"patient\":" + Patient + ",\"conditions\":" + partial + ",\"observations\":" + EmptyBundle, withServer: true));
        var (statusWithout, _) = await Post(Call("\"patient\":" + Patient + ",\"conditions\":" + partial + ",\"observations\":" + EmptyBundle, withServer: false));

        status.Should().Be(HttpStatusCode.OK);
        Summary(body).Should().StartWith("Dystonia: multifocal", "the server's whole answer replaced the partial one");
        statusWithout.Should().Be(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Null_is_the_specs_no_data_and_gives_an_answer_without_cards_and_no_fhir_call()
    {
        var (status, body) = await Post(Call("\"patient\":" + Patient + ",\"conditions\":null,\"observations\":null", withServer: true));

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("cards").GetArrayLength().Should().Be(0);
        fhir.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task No_prefetch_but_a_fhir_server_and_its_token_reads_the_whole_record_from_the_server()
    {
        StoreMultifocalOnTheServer();

        var (status, body) = await Post(Call(null, withServer: true));

        status.Should().Be(HttpStatusCode.OK);
        Summary(body).Should().StartWith("Dystonia: multifocal");
        fhir.Requests.Select(r => r.PathAndQuery.Split('?')[0])
            .Should().BeEquivalentTo(["/fhir/Patient/" + Requests.PatientId, "/fhir/Condition", "/fhir/Observation"]);
    }

    [Fact]
    public async Task A_chart_of_3000_vital_sign_observations_is_answered_because_only_the_recognised_codes_are_fetched_in_pages()
    {
        StoreMultifocalOnTheServer();
        for (int i = 0; i < 3000; i++)
        {
            fhir.Add("{\"resourceType\":\"Observation\",\"id\":\"vs-" + i.ToString(CultureInfo.InvariantCulture) + "\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/" + Requests.PatientId + "\"},"
                + "\"category\":[{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/observation-category\",\"code\":\"vital-signs\"}]}],"
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8867-4\",\"display\":\"Heart rate\"}]},\"effectiveDateTime\":\"2026-01-01T10:00:00Z\",\"valueQuantity\":{\"value\":72,\"unit\":\"beats/minute\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"/min\"}}");
        }

        for (int i = 0; i < 150; i++)
        {
            // 150 recognised findings: two pages of 100 for the observations key.
            fhir.Add(Resource(Requests.Finding("associatedFeatures/examined")).Replace("\"status\"", "\"subject\":{\"reference\":\"Patient/" + Requests.PatientId + "\"},\"status\"", StringComparison.Ordinal));
        }

        var (status, body) = await Post(Call(null, withServer: true));

        status.Should().Be(HttpStatusCode.OK);
        Summary(body).Should().StartWith("Dystonia: multifocal");
        fhir.Requests.Count(r => r.PathAndQuery.StartsWith("/fhir/Observation", StringComparison.Ordinal)).Should().Be(2, "150 findings in pages of 100; no vital sign matches the code filter");
    }

    [Fact]
    public async Task A_record_of_more_pages_than_the_bound_is_412_rather_than_classified_on_part_of_it()
    {
        fhir.MaximumPageSize = 1;
        fhir.Add(Patient);
        for (int i = 0; i < PatientRecord.MaximumPages + 5; i++)
        {
            fhir.Add(Resource(Requests.Dystonia("neck")));
        }

        var (status, body) = await Post(Call(null, withServer: true));

        status.Should().Be(HttpStatusCode.PreconditionFailed);
        body.GetProperty("issue")[0].GetProperty("diagnostics").GetString().Should().Contain("more than 20 pages");
        fhir.Requests.Count(r => r.PathAndQuery.StartsWith("/fhir/Condition", StringComparison.Ordinal)).Should().Be(PatientRecord.MaximumPages);
    }

    [Fact]
    public async Task A_fhir_server_slower_than_the_timeout_is_412_in_about_the_timeout()
    {
        StoreMultifocalOnTheServer();
        fhir.Delay = TimeSpan.FromSeconds(20);
        var client = factory.WithWebHostBuilder(b => b.UseSetting("CdsHooks:FhirTimeoutSeconds", "1")).CreateClient();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        using var response = await client.PostAsync(ServiceUrl, new StringContent(Call(null, withServer: true), Encoding.UTF8, "application/json")).WaitAsync(TimeSpan.FromSeconds(15));

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await response.Content.ReadAsStringAsync()).Should().Contain("did not answer within 1 s");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the patient read is optional; the conditions search fails after 1 s and ends the call");
    }

    [Fact]
    public async Task A_token_the_fhir_server_refuses_is_412()
    {
        StoreMultifocalOnTheServer();

        var (status, body) = await Post(Call(null, withServer: true, token: "expired"));

        status.Should().Be(HttpStatusCode.PreconditionFailed);
        body.GetProperty("issue")[0].GetProperty("diagnostics").GetString().Should().Contain("401");
    }

    [Fact]
    public async Task A_fhir_server_that_is_not_https_is_refused_outside_development_mode_on_loopback()
    {
        var (status, body) = await Post(Call(null, withServer: true).Replace(fhir.BaseUrl, "http://fhir.example.org/fhir", StringComparison.Ordinal));

        status.Should().Be(HttpStatusCode.PreconditionFailed);
        body.GetProperty("issue")[0].GetProperty("diagnostics").GetString().Should().Contain("https");
        fhir.Requests.Should().BeEmpty();
    }
}
