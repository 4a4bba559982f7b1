using System.CommandLine;
using Dystonia.Classification.Cli;
using Dystonia.Classification.Cli.Commands;

return DystoniaCommandLine.Run(args, ConsoleStreams.Process);

namespace Dystonia.Classification.Cli
{
    /// <summary>Builds and runs the <c>dystonia</c> command line; exit codes are in <see cref="ExitCodes"/>.</summary>
    internal static class DystoniaCommandLine
    {
        internal static int Run(string[] args, ConsoleStreams console)
        {
            var root = new RootCommand("Classify dystonia presentations by the 2013 consensus (Albanese et al.), with the reasoning behind every label.")
            {
                ClassifyCommand.Create(console),
                ExplainCommand.Create(console),
                ReportCommand.Create(console),
                SchemaCommand.Create(console),
            };

            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    console.Error.WriteLine("dystonia: " + error.Message);
                }

                console.Error.WriteLine("Run 'dystonia --help' for usage.");
                return ExitCodes.UsageOrInputError;
            }

            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
        }
    }
}
