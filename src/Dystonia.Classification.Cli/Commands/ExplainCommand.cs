using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Dystonia.Classification.Cli.Input;
using Dystonia.Classification.Localization;
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
    /// <summary>The column the label values start at in English, kept so the layout does not shift between versions.</summary>
    private const int MinimumNameWidth = 26;

    /// <summary>The fixed phrases of the text (<c>Data/cli-terms.json</c>), loaded and checked at first use.</summary>
    internal static Lazy<ClinicalTextTable> Texts => ToolTexts.Table;

    internal static Command Create(ConsoleStreams console)
    {
        var input = new Argument<string>("input") { Description = "A file holding one JSON presentation; '-' reads standard input." };
        var svg = new Option<string?>("--svg") { Description = "Also write the body map (SVG) of a classified presentation to this file." };
        var maxRecordSize = ClassifyCommand.CreateMaxRecordSizeOption();
        var classifierOptions = new ClassifierOptions();
        var command = new Command("explain", "Explain one presentation's classification in plain text: labels, reasoning, workup and sources.") { input, svg, maxRecordSize };
        classifierOptions.AddTo(command);
        command.SetAction(parse => Run(console, parse.GetValue(input)!, parse.GetValue(svg), parse.GetValue(maxRecordSize)!, parse.GetValue(classifierOptions.Language)!, classifierOptions.Create(parse)));
        return command;
    }

    /// <summary>
    /// Renders a result for a person in <paramref name="language"/>: headings and fixed phrases come from the tool's
    /// table, label names and the core's words from the core's, the reasoning sentences from the result (classify in
    /// the same language). Rule ids, field paths and error codes stay as they are, so the text can be matched against
    /// the JSON output.
    /// </summary>
    internal static string Render(ClassificationResult result, string language)
    {
        var texts = Texts.Value.For(language);
        var terms = ClinicalStringLocalizer.For(language);
        var text = new StringBuilder();
        text.AppendLine(texts["explain.title", result.RuleSet.ToString()]);
        if (result.PresentationId is { } id)
        {
            text.AppendLine(texts["explain.presentation", id]);
        }

        text.AppendLine();
        if (!result.IsClassified)
        {
            text.AppendLine(texts["explain.invalid"]);
            foreach (var error in result.Errors)
            {
                text.AppendLine("  - " + (error.Field.Length > 0 ? error.Field : texts["explain.record"].Value) + ": " + error.Message + " [" + error.Code + "]");
            }

            return text.ToString();
        }

        var labels = result.Labels;
        string notRecorded = texts["explain.notRecorded"];
        var rows = new (ClassificationAxis Axis, string Value)[]
        {
            (ClassificationAxis.Distribution, ClinicalTerms.DisplayName(labels.Distribution, language)
                + (labels.LegInvolvement is { } legs ? ", " + terms[legs ? "legInvolvement.true" : "legInvolvement.false"] : "")),
            (ClassificationAxis.AgeAtOnset, labels.AgeAtOnsetGroup is { } group ? ClinicalTerms.DisplayName(group, language) : notRecorded),
            (ClassificationAxis.Course, labels.Course == Course.Unknown ? notRecorded : ClinicalTerms.DisplayName(labels.Course, language)),
            (ClassificationAxis.Variability, labels.Variability == Variability.None ? notRecorded : ClinicalTerms.DisplayName(labels.Variability, language)),
            (ClassificationAxis.AssociatedFeatures, labels.IsolatedOrCombined is { } association ? ClinicalTerms.DisplayName(association, language) : notRecorded),
            (ClassificationAxis.NervousSystemPathology, ClinicalTerms.DisplayName(labels.NervousSystemPathology, language)),
            (ClassificationAxis.Heritability, ClinicalTerms.DisplayName(labels.Heritability, language)),
            (ClassificationAxis.Etiology, ClinicalTerms.DisplayName(labels.Etiology, language)
                + (labels.EtiologyCertainty is { } certainty ? " (" + LowerFirst(ClinicalTerms.DisplayName(certainty, language)) + ")" : "")),
            (ClassificationAxis.LegacyCategory, labels.LegacyCategory is { } legacy ? ClinicalTerms.DisplayName(legacy, language) : texts["explain.notDerivable"]),
        };
        int width = Math.Max(MinimumNameWidth, rows.Max(row => ClinicalTerms.DisplayName(row.Axis, language).Length) + 2);
        foreach (var (axis, value) in rows)
        {
            text.Append("  ").Append(ClinicalTerms.DisplayName(axis, language).PadRight(width)).AppendLine(value);
        }

        text.AppendLine().AppendLine(texts["explain.reasoning"]);
        foreach (var step in result.Reasoning)
        {
            string marker = step.Outcome switch
            {
                RuleOutcome.NotApplied => texts["explain.outcome.notApplied"],
                RuleOutcome.Note => texts["explain.outcome.note"],
                _ => texts["explain.outcome.applied"],
            };
            text.AppendLine("  [" + step.RuleId + ", " + marker + "] " + step.Text);
        }

        if (result.SuggestedWorkup.Count > 0)
        {
            text.AppendLine().AppendLine(ClinicalTerms.DisplayName(ClassificationAxis.Workup, language));
            foreach (var workup in result.SuggestedWorkup)
            {
                text.AppendLine("  - [" + workup.RuleId + "] " + workup.Text);
            }
        }

        if (result.MissingFindings.Count > 0)
        {
            text.AppendLine().AppendLine(texts["explain.missingFindings"]);
            foreach (var missing in result.MissingFindings)
            {
                text.AppendLine("  - " + missing.Field + ": " + missing.Text);
            }
        }

        text.AppendLine().AppendLine(texts["explain.sources"]);
        var sources = result.Reasoning.SelectMany(s => s.Sources).Concat(result.SuggestedWorkup.SelectMany(w => w.Sources)).DistinctBy(s => s.Id);
        foreach (var source in sources)
        {
            text.AppendLine("  " + source.Id + ": " + source.Citation + " " + source.Url);
        }

        text.AppendLine().AppendLine(texts["explain.disclaimer"]);
        return text.ToString();
    }

    private static int Run(ConsoleStreams console, string path, string? svgPath, string maxRecordSize, string language, DystoniaClassifier classifier)
    {
        if (InputLimits.ParseSize(maxRecordSize) is not { } limit)
        {
            console.Error.WriteLine(ToolTexts.Say(language, "run.maxRecordSize"));
            return ExitCodes.Usage;
        }

        if (svgPath is not null && FileIdentity.Of(console.PathOf(svgPath)) is { } existing
            && (InputOpener.IdentityOf(path, console) is { } input && existing.IsSameFileAs(input)
                || console.StandardInputFile() is { } redirected && existing.IsSameFileAs(redirected)))
        {
            // Refused before anything is read or written: the body map would replace the presentation it draws.
            console.Error.WriteLine(ToolTexts.Say(language, "run.outputIsInput", svgPath));
            return ExitCodes.Usage;
        }

        byte[]? json;
        try
        {
            using var stream = path == "-" ? console.OpenStandardInput() : File.OpenRead(console.PathOf(path));
            json = ReadAtMost(stream, limit);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(ToolTexts.Say(language, "run.cannotRead", path, RunMessages.Describe(exception, language, console.PathOf(path))));
            return ExitCodes.InputUnreadable;
        }

        // A presentation longer than the limit is reported as classify reports it, and the rest is never read.
        var span = json.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var read = json is null ? null : DystoniaJson.ReadPresentation(span);
        var result = BatchClassifier.Bounded(json is null
            ? ClassificationResult.Invalid(null, [JsonLinesReader.TooLarge(limit)])
            : read!.Presentation is { } presentation
                ? classifier.Classify(presentation)
                : ClassificationResult.Invalid(read.Id, read.Errors));
        try
        {
            console.Out.Write(Render(result, language));
            console.Out.Flush();
        }
        catch (IOException exception)
        {
            console.Error.WriteLine(RunMessages.IsClosedPipe(exception)
                ? ToolTexts.Say(language, "run.outputClosed", 0)
                : ToolTexts.Say(language, "run.cannotWrite", "-", exception.Message));
            return ExitCodes.OutputFailed;
        }

        if (svgPath is not null)
        {
            if (read?.Presentation is null || !result.IsClassified)
            {
                console.Error.WriteLine(ToolTexts.Say(language, "explain.noBodyMap"));
            }
            else if (!TryWriteSvg(console, svgPath, result, read.Presentation, language))
            {
                return ExitCodes.OutputFailed;
            }
        }

        return result.IsClassified ? ExitCodes.Success : ExitCodes.SomeRecordsInvalid;
    }

    /// <summary>Reads the whole stream, or returns <see langword="null"/> as soon as it holds more than <paramref name="limit"/> bytes.</summary>
    private static byte[]? ReadAtMost(Stream stream, int limit)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > limit)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    /// <summary>Writes the body map beside its target and renames it into place, so that a full disk leaves no half figure.</summary>
    private static bool TryWriteSvg(ConsoleStreams console, string path, ClassificationResult result, Presentation presentation, string language)
    {
        try
        {
            using var file = OutputFile.Open(path, console, null);
            BodyMap.WriteSvg(file.Stream, result, presentation, new BodyMapOptions { Language = language });
            file.Commit();
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(ToolTexts.Say(language, "run.cannotWrite", path, RunMessages.Describe(exception, language, console.PathOf(path))));
            return false;
        }
    }

    /// <summary>A display name starts with a capital for use on its own; inside parentheses it continues the phrase.</summary>
    private static string LowerFirst(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}
