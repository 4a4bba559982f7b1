using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Input;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>The command-line switches for reading exports as researchers have them (<see cref="CsvSettings"/>).</summary>
internal sealed class CsvInputOptions
{
    internal Option<string?> Delimiter { get; } = new("--delimiter")
    {
        Description = "CSV delimiter: ',', ';' or 'tab' (default: detected from the header line).",
    };

    internal Option<bool> DecimalComma { get; } = new("--decimal-comma")
    {
        Description = "CSV ages are written with a decimal comma (34,5), as spreadsheets in most European locales write them.",
    };

    internal Option<bool> KeepColumns { get; } = new("--keep-columns")
    {
        Description = "Pass CSV columns that are not part of the layout through to the output (instead of refusing them).",
    };

    internal Option<string?> Map { get; } = new("--map")
    {
        Description = "A mapping file (JSON) from an export's own column names and codes to the CSV layout, such as a REDCap raw export (docs/batch-tool.md).",
    };

    internal void AddTo(Command command)
    {
        command.Options.Add(Delimiter);
        command.Options.Add(DecimalComma);
        command.Options.Add(KeepColumns);
        command.Options.Add(Map);
    }

    /// <summary>Checks the switches and reads the mapping file; writes the message and returns <see langword="null"/> when they are unusable.</summary>
    internal async Task<CsvSettings?> CreateAsync(ParseResult parse, ConsoleStreams console, string language)
    {
        char? delimiter = parse.GetValue(Delimiter) switch
        {
            null => null,
            "," => ',',
            ";" => ';',
            "tab" or "\t" or "\\t" => '\t',
            _ => '\0',
        };
        if (delimiter == '\0')
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.delimiter")).ConfigureAwait(false);
            return null;
        }

        ColumnMap? map = null;
        string? mapSha256 = null;
        if (parse.GetValue(Map) is { } mapPath)
        {
            try
            {
                var bytes = await File.ReadAllBytesAsync(console.PathOf(mapPath)).ConfigureAwait(false);
                mapSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
                using var stream = new MemoryStream(bytes, writable: false);
                map = ColumnMap.Load(stream, language);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync(ToolTexts.Say(language, "input.map.cannotRead", mapPath, RunMessages.Describe(exception, language))).ConfigureAwait(false);
                return null;
            }
            catch (InputFormatException exception)
            {
                await console.Error.WriteLineAsync("dystonia: " + exception.Message).ConfigureAwait(false);
                return null;
            }
        }

        return new CsvSettings { Delimiter = delimiter, DecimalComma = parse.GetValue(DecimalComma), KeepColumns = parse.GetValue(KeepColumns), Map = map, MapSha256 = mapSha256 };
    }
}
