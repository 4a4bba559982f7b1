using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Input;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>
/// <c>dystonia template -o &lt;directory&gt;</c>: what a study needs to start collecting data the tool reads: the CSV template
/// (the layout's header), the REDCap data dictionary of the sample instrument and its mapping file.
/// </summary>
internal static class TemplateCommand
{
    /// <summary>The files written, in the order they are written.</summary>
    internal static readonly string[] Files = ["template.csv", "redcap-data-dictionary.csv", "redcap-map.json"];

    internal static Command Create(ConsoleStreams console)
    {
        var output = new Option<string>("--output", "-o") { Description = "The directory the files are written to (created if missing; a file of the same name is replaced).", Required = true };
        var language = new Option<string>("--language") { Description = "Language of the closing message.", DefaultValueFactory = _ => Localization.ClinicalLanguages.English };
        language.AcceptOnlyFromAmong([.. Localization.ClinicalLanguages.Supported]);
        var command = new Command("template", "Write the CSV template, the REDCap data dictionary of the sample instrument and its mapping file (docs/batch-tool.md).")
        {
            output, language,
        };
        command.SetAction((parse, cancellation) => RunAsync(console, parse.GetValue(output)!, parse.GetValue(language)!));
        return command;
    }

    private static async Task<int> RunAsync(ConsoleStreams console, string outputPath, string language)
    {
        var directory = console.PathOf(outputPath);
        try
        {
            Directory.CreateDirectory(directory);
            Write(console, Path.Combine(directory, Files[0]), Encoding.UTF8.GetBytes(string.Join(',', CsvRecordReader.Columns) + "\n"));
            Write(console, Path.Combine(directory, Files[1]), Resource("Templates.redcap-DystoniaClassification_DataDictionary.csv"));
            Write(console, Path.Combine(directory, Files[2]), Resource("Templates.redcap-map.json"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.cannotWrite", outputPath, RunMessages.Describe(exception, language))).ConfigureAwait(false);
            return ExitCodes.OutputFailed;
        }

        await console.Error.WriteLineAsync(ToolTexts.Say(language, "summary.template", outputPath, string.Join(", ", Files))).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static void Write(ConsoleStreams console, string path, byte[] bytes)
    {
        using var file = OutputFile.Open(path, console, null);
        file.Stream.Write(bytes);
        file.Commit();
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(TemplateCommand).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("Missing resource " + name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
