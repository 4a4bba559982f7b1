using System.CommandLine;
using System.IO;

namespace Dystonia.Classification.Cli.Commands;

/// <summary><c>dystonia schema</c>: prints the JSON Schema of the presentation (or, with --result, of a result).</summary>
internal static class SchemaCommand
{
    internal static Command Create(ConsoleStreams console)
    {
        var result = new Option<bool>("--result") { Description = "Print the schema of a result record instead of a presentation." };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the contract.") { result };
        command.SetAction(parse =>
        {
            try
            {
                console.Out.Write(Read(parse.GetValue(result) ? "result.schema.json" : "presentation.schema.json"));
                console.Out.Flush();
                return ExitCodes.Success;
            }
            catch (IOException exception)
            {
                console.Error.WriteLine(RunMessages.IsClosedPipe(exception)
                    ? ToolTexts.Say(Localization.ClinicalLanguages.English, "run.outputClosed", 0)
                    : ToolTexts.Say(Localization.ClinicalLanguages.English, "run.cannotWrite", "-", exception.Message));
                return ExitCodes.OutputFailed;
            }
        });
        return command;
    }

    internal static string Read(string name)
    {
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream("Schemas." + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
