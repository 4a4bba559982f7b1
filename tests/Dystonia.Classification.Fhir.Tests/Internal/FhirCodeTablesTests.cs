using System.Text.RegularExpressions;
using Dystonia.Classification.Fhir.Internal;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Fhir.Tests.Internal;

/// <summary>Every code in the tables is well formed, so that a typo fails a test rather than reaching an EHR.</summary>
public sealed class FhirCodeTablesTests
{
    private static readonly FhirCodeTables Tables = FhirCodeTables.Instance;

    // Verhoeff tables: SNOMED CT identifiers end in a Verhoeff check digit, which catches any single-digit typo and
    // any swap of adjacent digits.
    private static readonly int[,] Multiplication =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly int[,] Permutation =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 7, 6, 8, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    internal static bool HasValidVerhoeffCheckDigit(string number)
    {
        int check = 0;
        for (int i = 0; i < number.Length; i++)
        {
            int digit = number[number.Length - 1 - i] - '0';
            check = Multiplication[check, Permutation[i % 8, digit]];
        }

        return check == 0;
    }

    [Theory]
    [InlineData("15802004", true)]
    [InlineData("15802005", false)]
    [InlineData("15820004", false)]
    [InlineData("445006008", true)]
    public void The_check_digit_test_itself_catches_typos(string code, bool valid)
    {
        HasValidVerhoeffCheckDigit(code).Should().Be(valid);
    }

    [Fact]
    public void Every_snomed_code_has_a_valid_verhoeff_check_digit()
    {
        var snomed = Tables.All.Where(c => c.System == FhirSystems.Snomed).ToList();

        snomed.Should().NotBeEmpty();
        snomed.Should().OnlyContain(c => Regex.IsMatch(c.Code, "^[1-9][0-9]{5,17}$") && HasValidVerhoeffCheckDigit(c.Code), "SNOMED CT ids are 6-18 digits ending in a Verhoeff check digit");
    }

    [Fact]
    public void Every_hpo_code_has_the_hpo_form()
    {
        Tables.All.Where(c => c.System == FhirSystems.Hpo).Should().OnlyContain(c => Regex.IsMatch(c.Code, "^HP:[0-9]{7}$"));
    }

    [Fact]
    public void Every_icd10cm_code_is_a_g24_dystonia_code()
    {
        Tables.All.Where(c => c.System == FhirSystems.Icd10Cm).Should().OnlyContain(c => Regex.IsMatch(c.Code, @"^G24(\.[0-9]{1,2})?$"));
    }

    [Fact]
    public void Every_code_names_where_it_was_seen_and_was_seen_in_data()
    {
        Tables.All.Should().OnlyContain(c => c.Source.Length > 5 && c.Verification == "data" && c.Display.Length > 0);
    }

    [Fact]
    public void Only_the_three_known_systems_are_used()
    {
        Tables.All.Select(c => c.System).Distinct().Should().BeSubsetOf([FhirSystems.Snomed, FhirSystems.Hpo, FhirSystems.Icd10Cm]);
    }

    [Fact]
    public void Every_distribution_label_has_an_entry_and_multifocal_has_no_code_because_none_exists()
    {
        Tables.Distribution.Keys.Should().BeEquivalentTo(Enum.GetValues<Distribution>().Select(ContractNames.Of));
        Tables.Distribution["multifocal"].Should().BeEmpty();
    }

    [Fact]
    public void No_code_appears_twice_with_different_meanings()
    {
        Tables.All.GroupBy(c => (c.System, c.Code))
            .Where(g => g.Select(c => c.Display).Distinct().Count() > 1)
            .Should().BeEmpty();
    }
}
