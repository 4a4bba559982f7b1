using System.Net;
using System.Threading.Tasks;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Dystonia.Classification.Fhir.Firely.Tests.Browser;

/// <summary>
/// The Questionnaire in a real SDC renderer: LHC-Forms renders it in headless Chromium, the answers are put into the
/// rendered form (through LHC-Forms' own loading of a QuestionnaireResponse), the form writes its QuestionnaireResponse,
/// and that response is read and classified.
/// </summary>
public sealed class LhcFormsTests
{
    [LhcFormsFact]
    public async System.Threading.Tasks.Task LhcForms_renders_the_questionnaire_and_its_response_is_read_and_classified()
    {
        string work = Path.Combine(Path.GetTempPath(), "dystonia-lforms-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var serializer = new FhirJsonSerializer();
            string questionnaire = serializer.SerializeToString(DystoniaQuestionnaire.Create("en"));
            string response = serializer.SerializeToString(QuestionnaireTests.Filled());
            string page = Path.Combine(work, "form.html");
            File.WriteAllText(page, Page(LhcForms.Dist.Directory!, questionnaire, response));
            string screenshot = Path.Combine(Environment.GetEnvironmentVariable("DYSTONIA_SCREENSHOT_DIR") ?? work, "lforms-questionnaire.png");
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);

            var (dom, console) = await LhcForms.RunAsync(page, work, screenshot);

            int start = dom.IndexOf("<pre id=\"out\">", StringComparison.Ordinal);
            start.Should().BeGreaterThan(0);
            string output = WebUtility.HtmlDecode(dom.Substring(start + 14, dom.IndexOf("</pre>", start, StringComparison.Ordinal) - start - 14));
            output.Should().StartWith("RESULT ", "the page reports: {0}; console: {1}", output, string.Join(" | ", console));
            dom.Should().Contain("Age at onset (years)").And.Contain("Region and side", "the form was rendered");

            var written = (QuestionnaireResponse)new FhirJsonDeserializer().DeserializeResource(output.Substring("RESULT ".Length));
            var read = DystoniaQuestionnaire.Read(written);
            read.Errors.Should().BeEmpty();
            read.NotUsed.Should().BeEmpty();
            var result = new DystoniaClassifier().Classify(read.Presentation!);
            result.Labels.Distribution.Should().Be(Distribution.Hemidystonia);
            result.Labels.Etiology.Should().Be(Etiology.Secondary);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// The page: LHC-Forms' scripts at the end of the body (they append to it), the Questionnaire and the response
    /// inline, and the form's own QuestionnaireResponse written into <c>pre#out</c> once it is rendered.
    /// </summary>
    private static string Page(string dist, string questionnaire, string response)
    {
        string Url(string path) => new Uri(Path.Combine(dist, path)).AbsoluteUri;
        return $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><link rel="stylesheet" href="{{Url("webcomponent/styles.css")}}"></head>
            <body><div id="form"></div><pre id="out">pending</pre>
            <script src="{{Url("webcomponent/assets/lib/zone.min.js")}}"></script>
            <script src="{{Url("webcomponent/lhc-forms.js")}}"></script>
            <script src="{{Url("fhir/R4/lformsFHIR.min.js")}}"></script>
            <script>
            const questionnaire = {{questionnaire}};
            const response = {{response}};
            const out = document.getElementById('out');
            function whenReady(then, tries) {
              if (window.LForms && LForms.Util && LForms.Util.addFormToPage && LForms.Util.getFormFHIRData) { then(); }
              else if (tries > 0) { setTimeout(() => whenReady(then, tries - 1), 100); }
              else { out.textContent = 'ERROR LHC-Forms did not load'; }
            }
            whenReady(() => {
              try {
                Promise.resolve(LForms.Util.addFormToPage(questionnaire, 'form', { fhirVersion: 'R4', questionnaireResponse: response }))
                  .then(() => setTimeout(() => {
                    try { out.textContent = 'RESULT ' + JSON.stringify(LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form'))); }
                    catch (e) { out.textContent = 'ERROR ' + e; }
                  }, 500))
                  .catch(e => { out.textContent = 'ERROR ' + e; });
              } catch (e) { out.textContent = 'ERROR ' + e; }
            }, 100);
            </script></body></html>
            """;
    }
}
