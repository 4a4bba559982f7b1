using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
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
        internal static int Run(string[] args, Stream stdin, Stream stdout, Stream stderr, string workingDirectory, CancellationToken interruption = default)
        {
            var console = ConsoleStreams.Over(stdin, stdout, stderr, workingDirectory, interruption);
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
                SummaryCommand.Create(console),
                TemplateCommand.Create(console),
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
                return ExitCodes.Usage;
            }

            // The commands handle Ctrl+C and SIGTERM themselves (stop reading, write or drop the batch in flight, say how
            // many records were written), and report their own faults with an exit code of their own: the parser's
            // handlers would exit 1, the code of a run that completed with invalid records, with a stack trace.
            var invocation = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                ProcessTerminationTimeout = null,
                EnableDefaultExceptionHandler = false,
            };

            // Ctrl+C and SIGTERM belong to the host when the tool runs inside another process.
            using var interrupt = console.IsProcess ? new InterruptionHandler(console) : null;
            try
            {
                return parse.Invoke(invocation);
            }
#pragma warning disable CA1031 // The last line of defence: a fault of the tool is reported by its kind and exit code, not a stack trace.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                console.Error.WriteLine("dystonia: internal error (" + exception.GetType().Name + "). Please report it with the command line, never with the data.");
                return ExitCodes.InternalError;
            }
        }
    }

    /// <summary>
    /// The first Ctrl+C or SIGTERM asks the run to stop (it ends with <see cref="ExitCodes.Interrupted"/> and says how
    /// many records were written); a second one ends the process at once, as it would without the tool's handling.
    /// </summary>
    internal sealed class InterruptionHandler : IDisposable
    {
        private readonly PosixSignalRegistration interrupt;
        private readonly PosixSignalRegistration terminate;
        private int signals;

        internal InterruptionHandler(ConsoleStreams console)
        {
            void Handle(PosixSignalContext context)
            {
                if (Interlocked.Increment(ref signals) == 1)
                {
                    context.Cancel = true;
                    console.Interrupt();
                }
            }

            interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
            terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
        }

        public void Dispose()
        {
            interrupt.Dispose();
            terminate.Dispose();
        }
    }
}
