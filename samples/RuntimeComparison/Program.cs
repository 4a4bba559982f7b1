using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Dystonia.Classification;
using Dystonia.Classification.Fhir;
using Dystonia.Classification.Rendering;
using Dystonia.Classification.Serialization;

// Usage: RuntimeComparison <output file> <input.jsonl | cds-hooks-request.json>... For every record of a JSON Lines
// input it writes the result as contract JSON in English and in Latvian and, for a valid record, the presentation as
// contract JSON, its body map and its FHIR Observation; then the cohort report in both languages. A CDS Hooks request
// is read through the FHIR reader from its prefetched resources, and written as the issues and the Observation. Records are split on raw bytes, so that invalid UTF-8 reaches the library
// as it is rather than as this program's decoding of it.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: RuntimeComparison <output file> <input.jsonl>...");
    return 2;
}

var classifier = new DystoniaClassifier();
var english = new CohortReport(new CohortReportOptions { InputName = "inputs", Date = new DateTime(2026, 1, 1) });
var latvian = new CohortReport(new CohortReportOptions { InputName = "inputs", Language = "lv" });
var output = new StringBuilder();
long line = 0;
for (int i = 1; i < args.Length; i++)
{
    if (args[i].EndsWith(".json", StringComparison.Ordinal))
    {
        output.Append(FromCdsHooksRequest(classifier, File.ReadAllBytes(args[i]))).Append('\n');
        continue;
    }

    foreach (var record in Records(File.ReadAllBytes(args[i])))
    {
        line++;
        var read = DystoniaJson.ReadPresentation(record);
        var result = DystoniaJson.Classify(classifier, record);
        var inLatvian = read.Presentation is { } valid ? classifier.Classify(valid, "lv") : result;
        output.Append(DystoniaJson.WriteResult(result, new ResultWriteOptions { Line = line })).Append('\n');
        output.Append(DystoniaJson.WriteResult(inLatvian, new ResultWriteOptions { Line = line })).Append('\n');
        if (result.IsClassified && read.Presentation is { } presentation)
        {
            output.Append(DystoniaJson.WritePresentation(presentation)).Append('\n');
            output.Append(BodyMap.ToSvg(result, presentation, new BodyMapOptions { Language = line % 2 == 0 ? "lv" : "en" })).Append('\n');
            output.Append(DystoniaFhir.ToObservation(result, Observation(line))).Append('\n');
        }

        english.Add(result, read.Presentation, line);
        latvian.Add(result, read.Presentation, line);
    }
}

output.Append(english.ToHtml()).Append('\n').Append(latvian.ToHtml()).Append('\n');
File.WriteAllText(args[0], output.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
Console.WriteLine($"{line} records, {english.Classified} classified, {english.Invalid} invalid, {output.Length} characters");
return 0;

static ObservationOptions Observation(long line) =>
    new() { Id = "obs-" + line, SubjectReference = "Patient/example", Effective = "2026-01-01" };

static string FromCdsHooksRequest(DystoniaClassifier classifier, byte[] request)
{
    using var document = JsonDocument.Parse(request);
    var resources = new List<(string Location, JsonElement Resource)>();
    foreach (var prefetch in document.RootElement.GetProperty("prefetch").EnumerateObject())
    {
        if (prefetch.Value.TryGetProperty("entry", out var entries))
        {
            int index = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                resources.Add(("prefetch." + prefetch.Name + ".entry[" + index++ + "].resource", entry.GetProperty("resource")));
            }
        }
        else
        {
            resources.Add(("prefetch." + prefetch.Name, prefetch.Value));
        }
    }

    var read = FhirPresentationReader.Read(resources);
    var text = new StringBuilder();
    foreach (var issue in read.NotUsed)
    {
        text.Append(issue).Append('\n');
    }

    if (read.Presentation is { } presentation)
    {
        text.Append(DystoniaJson.WritePresentation(presentation)).Append('\n');
        text.Append(DystoniaFhir.ToObservation(classifier.Classify(presentation), Observation(0)));
    }

    return text.ToString();
}

static IEnumerable<byte[]> Records(byte[] file)
{
    int start = 0;
    for (int i = 0; i <= file.Length; i++)
    {
        if (i == file.Length || file[i] == (byte)'\n')
        {
            int end = i > start && file[i - 1] == (byte)'\r' ? i - 1 : i;
            if (end > start)
            {
                var record = new byte[end - start];
                Array.Copy(file, start, record, 0, record.Length);
                yield return record;
            }

            start = i + 1;
        }
    }
}
