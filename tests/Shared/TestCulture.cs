using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Dystonia.Classification.Tests.Culture;

/// <summary>
/// Runs a whole test assembly under the culture named by the environment variable <c>DYSTONIA_TEST_CULTURE</c>
/// (for example <c>tr-TR</c> or <c>lv-LV</c>), so that any reliance on the machine's culture shows up as a failing
/// test. Unset, the tests run under the machine's culture. Linked into every test project.
/// </summary>
internal static class TestCulture
{
    internal const string Variable = "DYSTONIA_TEST_CULTURE";

    /// <summary>Gets the culture name asked for by <see cref="Variable"/>, or <see langword="null"/>.</summary>
    internal static string? Requested { get; private set; }

    /// <summary>Gets the culture every test should find when it starts: the requested one, or the machine's.</summary>
    internal static CultureInfo Expected { get; private set; } = CultureInfo.CurrentCulture;

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "The culture must be set before the first test of the assembly runs; xUnit 2 has no assembly fixture.")]
    internal static void Apply()
    {
        Requested = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } name ? name : null;
        if (Requested is not null)
        {
            // predefinedOnly: a misspelt name fails the whole run instead of running under a made-up culture.
            var culture = CultureInfo.GetCultureInfo(Requested, predefinedOnly: true);
            CultureInfo.DefaultThreadCurrentCulture = culture;
            CultureInfo.DefaultThreadCurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        Expected = CultureInfo.CurrentCulture;
    }
}

/// <summary>Checks that the culture of the run is the one asked for and that no test leaves another one behind.</summary>
public sealed class TestCultureTests
{
    [Fact]
    public void Tests_run_under_the_requested_culture_and_no_earlier_test_left_another_one_set()
    {
        CultureInfo.CurrentCulture.Name.Should().Be(TestCulture.Expected.Name);
        if (TestCulture.Requested is { } requested)
        {
            CultureInfo.CurrentCulture.Name.Should().Be(requested);
            CultureInfo.CurrentUICulture.Name.Should().Be(requested);
        }
    }

    [Fact]
    public void A_thread_started_by_a_test_runs_under_the_requested_culture_too()
    {
        string? seen = null;
        var thread = new Thread(() => seen = CultureInfo.CurrentCulture.Name);
        thread.Start();
        thread.Join();

        seen.Should().Be(TestCulture.Expected.Name);
    }
}
