using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Rendering;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>
/// <c>dystonia explain &lt;file|-&gt;</c>: one presentation's labels and reasoning as text for a person, and with
/// <c>--svg</c> its body map.
/// </summary>
internal static class ExplainCommand
{
    internal static Command Create(ConsoleStreams console)
    {
        var input = new Argument<string>("input") { Description = "A file holding one JSON presentation; '-' reads standard input." };
        var svg = new Option<string?>("--svg") { Description = "Also write the body map (SVG) of a classified presentation to this file." };
        var language = LanguageOption.Create("Language of the body map's texts");
        var classifierOptions = new ClassifierOptions();
        var command = new Command("explain", "Explain one presentation's classification in plain text: labels, reasoning, workup and sources.") { input, svg, language };
        classifierOptions.AddTo(command);
        command.SetAction(parse => Run(console, parse.GetValue(input)!, parse.GetValue(svg), parse.GetValue(language)!, classifierOptions.Create(parse)));
        return command;
    }

    internal static string Render(ClassificationResult result)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Dystonia classification - rule set {result.RuleSet}");
        text.AppendLine();
        if (result.PresentationId is { } id)
        {
            text.AppendLine("Presentation " + id);
        }

        text.AppendLine();
        if (!result.IsClassified)
        {
            text.AppendLine("The presentation is invalid:");
            foreach (var error in result.Errors)
            {
                text.AppendLine("  - " + (error.Field.Length > 0 ? error.Field : "(record)") + ": " + error.Message + " [" + error.Code + "]");
            }

            return text.ToString();
        }

        var labels = result.Labels;
        Row(text, "Distribution", ContractNames.Of(labels.Distribution) + (labels.LegInvolvement is { } legs ? (legs ? ", with leg involvement" : ", without leg involvement") : ""));
        Row(text, "Age at onset", labels.AgeAtOnsetGroup is { } group ? ContractNames.Of(group) : "not recorded");
        Row(text, "Course", ContractNames.Of(labels.Course));
        Row(text, "Variability", labels.Variability == Variability.None ? "not recorded" : string.Join(", ", ContractNames.Of(labels.Variability)));
        Row(text, "Associated features", labels.IsolatedOrCombined is { } association ? ContractNames.Of(association) : "not recorded");
        Row(text, "Nervous-system pathology", ContractNames.Of(labels.NervousSystemPathology));
        Row(text, "Heritability", ContractNames.Of(labels.Heritability));
        Row(text, "Etiology", ContractNames.Of(labels.Etiology) + (labels.EtiologyCertainty is { } certainty ? " (" + ContractNames.Of(certainty) + ")" : ""));
        Row(text, "Legacy category", labels.LegacyCategory is { } legacy ? ContractNames.Of(legacy) : "not derivable");

        text.AppendLine().AppendLine("Reasoning");
        foreach (var step in result.Reasoning)
        {
            string marker = step.Outcome switch { RuleOutcome.NotApplied => "not applied", RuleOutcome.Note => "note", _ => "applied" };
            text.AppendLine("  [" + step.RuleId + ", " + marker + "] " + step.Text);
        }

        if (result.SuggestedWorkup.Count > 0)
        {
            text.AppendLine().AppendLine("Suggested workup");
            foreach (var workup in result.SuggestedWorkup)
            {
                text.AppendLine("  - [" + workup.RuleId + "] " + workup.Text);
            }
        }

        if (result.MissingFindings.Count > 0)
        {
            text.AppendLine().AppendLine("Missing findings");
            foreach (var missing in result.MissingFindings)
            {
                text.AppendLine("  - " + missing.Field + ": " + missing.Text);
            }
        }

        text.AppendLine().AppendLine("Sources");
        var sources = result.Reasoning.SelectMany(s => s.Sources).Concat(result.SuggestedWorkup.SelectMany(w => w.Sources)).DistinctBy(s => s.Id);
        foreach (var source in sources)
        {
            text.AppendLine("  " + source.Id + ": " + source.Citation + " " + source.Url);
        }

        text.AppendLine().AppendLine("Decision support only: the labels rest on the findings entered and do not replace clinical judgement.");
        return text.ToString();
    }

    private static int Run(ConsoleStreams console, string path, string? svgPath, string language, DystoniaClassifier classifier)
    {
        byte[] json;
        try
        {
            if (path == "-")
            {
                using var stdin = console.OpenStandardInput();
                using var copy = new MemoryStream();
                stdin.CopyTo(copy);
                json = copy.ToArray();
            }
            else
            {
                json = File.ReadAllBytes(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("dystonia: cannot read '" + path + "': " + (exception is FileNotFoundException or DirectoryNotFoundException ? "no such file." : exception.Message));
            return ExitCodes.UsageOrInputError;
        }

        var span = json.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var read = DystoniaJson.ReadPresentation(span);
        var result = read.Presentation is { } presentation
            ? classifier.Classify(presentation)
            : ClassificationResult.Invalid(read.Id, read.Errors);
        console.Out.Write(Render(result));
        if (svgPath is not null)
        {
            if (read.Presentation is null || !result.IsClassified)
            {
                console.Error.WriteLine("dystonia: no body map written: the presentation is invalid.");
            }
            else if (!TryWriteSvg(console, svgPath, result, read.Presentation, language))
            {
                return ExitCodes.UsageOrInputError;
            }
        }

        return result.IsClassified ? ExitCodes.Success : ExitCodes.SomeRecordsInvalid;
    }

    private static bool TryWriteSvg(ConsoleStreams console, string path, ClassificationResult result, Presentation presentation, string language)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            BodyMap.WriteSvg(file, result, presentation, new BodyMapOptions { Language = language });
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("dystonia: cannot write '" + path + "': " + (exception is DirectoryNotFoundException ? "no such directory." : exception.Message));
            return false;
        }
    }

    private static void Row(StringBuilder text, string name, string value) =>
        text.Append("  ").Append(name.PadRight(26)).AppendLine(value);
}
