using System.Text.RegularExpressions;
using Dystonia.Classification.Fhir.Internal;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Fhir.Tests.Internal;

/// <summary>Every code in the tables is well formed, so that a typo fails a test rather than reaching an EHR.</summary>
public sealed class FhirCodeTablesTests
{
    private static readonly FhirCodeTables Tables = FhirCodeTables.Instance;

    [Fact]
    public void Every_snomed_code_is_a_concept_id_of_the_core_or_an_extension()
    {
        // SCTID: the two digits before the check digit are the partition identifier; concepts use 00 (core) or 10
        // (extension). Catches codes pasted from the wrong column (description or relationship ids) and many typos.
        var snomed = Tables.All.Where(c => c.System == FhirSystems.Snomed).ToList();

        // An SCTID has 6 to 18 digits: an item identifier of at least 3, the partition and the check digit.
        snomed.Should().NotBeEmpty();
        snomed.Where(c => !Regex.IsMatch(c.Code, "^[1-9][0-9]{2,14}(00|10)[0-9]$")).Should().BeEmpty();
    }

    [Fact]
    public void Every_snomed_code_has_a_valid_verhoeff_check_digit()
    {
        // SNOMED CT identifiers end in a Verhoeff check digit, which catches every single-digit error and every swap
        // of two adjacent digits: a mistyped code fails here before it reaches an EHR.
        Tables.All.Where(c => c.System == FhirSystems.Snomed && !Verhoeff(c.Code)).Select(c => c.Code).Should().BeEmpty();
        Verhoeff("53120008").Should().BeFalse("a changed last digit fails");
        Verhoeff("53210007").Should().BeFalse("two swapped digits fail");
    }

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
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    private static bool Verhoeff(string digits)
    {
        int check = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            check = Multiplication[check, Permutation[i % 8, digits[digits.Length - 1 - i] - '0']];
        }

        return check == 0;
    }

    [Fact]
    public void Every_code_is_recorded_in_the_evidence_files_so_a_typo_fails()
    {
        var evidence = RepositoryFiles.Read("docs", "evidence", "codes-from-reference.md")
            + RepositoryFiles.Read("docs", "evidence", "fhir-codes-check.md")
            + RepositoryFiles.Read("docs", "evidence", "fhir-reader-codes.md");

        Tables.All.Where(c => !Regex.IsMatch(evidence, @"(?<![0-9A-Za-z.:])" + Regex.Escape(c.Code) + @"(?![0-9])"))
            .Select(c => c.System + "|" + c.Code)
            .Should().BeEmpty("every code must have been seen in a source and recorded in docs/evidence");
    }

    [Fact]
    public void Every_zygosity_answer_names_a_zygosity_of_the_contract_and_its_codes_are_recorded_in_the_evidence()
    {
        var evidence = RepositoryFiles.Read("docs", "evidence", "fhir-reader-codes.md");

        Tables.Zygosities.Select(z => z.Value).Where(v => !ContractNames.TryParse(v, out Zygosity _)).Should().BeEmpty();
        Tables.Zygosities.SelectMany(z => new[] { z.Component, z.Answer })
            .Where(c => c.System != "http://loinc.org" || c.Verification != "data" || !evidence.Contains("`" + c.Code + "`", StringComparison.Ordinal))
            .Select(c => c.System + "|" + c.Code)
            .Should().BeEmpty("every zygosity code must have been seen in a source and recorded in docs/evidence/fhir-reader-codes.md");
        Tables.Zygosities.Select(z => z.Answer.Code).Should().OnlyHaveUniqueItems();
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
