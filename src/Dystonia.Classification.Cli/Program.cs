using System.CommandLine;
using System.Globalization;
using System.IO;
using Dystonia.Classification.Cli;
using Dystonia.Classification.Cli.Commands;

return DystoniaCommandLine.Run(args, ConsoleStreams.Process);

namespace Dystonia.Classification.Cli
{
    /// <summary>Builds and runs the <c>dystonia</c> command line; exit codes are in <see cref="ExitCodes"/>.</summary>
    internal static class DystoniaCommandLine
    {
        /// <summary>
        /// Runs the tool inside the calling process, as <c>dystonia</c> with <paramref name="args"/> would run in a shell
        /// with these standard streams and this current directory, and returns its exit code. The streams are left open.
        /// </summary>
        /// <remarks>
        /// The tool is built with invariant globalization, so a shell run never sees the machine's culture (command-line
        /// parser messages stay English). A host's culture is therefore set aside for the run, so that its output is
        /// the same, byte for byte, as the process's.
        /// </remarks>
        internal static int Run(string[] args, Stream stdin, Stream stdout, Stream stderr, string workingDirectory)
        {
            var console = ConsoleStreams.Over(stdin, stdout, stderr, workingDirectory);
            var culture = CultureInfo.CurrentCulture;
            var uiCulture = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            try
            {
                return Run(args, console);
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = uiCulture;
                console.Out.Flush();
                console.Error.Flush();
            }
        }

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

            var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error };
            if (!console.IsProcess)
            {
                // Ctrl+C and SIGTERM belong to the host; a run inside it must not take over the process's signals.
                invocation.ProcessTerminationTimeout = null;
            }

            return parse.Invoke(invocation);
        }
    }
}
