using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Tests.Validation;

/// <summary>
/// The one table of input rules: one rule per validator code, each message a sentence, and every message that lists
/// allowed values listing exactly the names of its vocabulary.
/// </summary>
public sealed class InputRuleTableTests
{
    // Codes only the JSON and CSV readers produce.
    private static readonly string[] SerializationOnlyCodes =
    [
        ErrorCodes.MalformedInput, ErrorCodes.UnknownProperty, ErrorCodes.DuplicateProperty,
        ErrorCodes.WrongType, ErrorCodes.RequiredValueMissing, ErrorCodes.MultipleOnsetRegions,
    ];

    /// <summary>The names each vocabulary message must list, by code.</summary>
    private static readonly Dictionary<string, string[]> ListedNames = new()
    {
        [ErrorCodes.UnknownRegion] = WireNames.Regions,
        [ErrorCodes.UnknownSide] = WireNames.SidesListed,
        [ErrorCodes.LimbSideRequired] = WireNames.SidesListed,
        [ErrorCodes.UnknownCourse] = WireNames.CoursesListed,
        [ErrorCodes.UnknownVariability] = WireNames.VariabilityBits,
        [ErrorCodes.UnknownMovementDisorder] = WireNames.MovementDisorderBits,
        [ErrorCodes.UnknownSystemicFeature] = WireNames.SystemicListed,
        [ErrorCodes.UnknownPathology] = WireNames.PathologiesListed,
        [ErrorCodes.UnknownAcquiredCause] = WireNames.AcquiredCauseBits,
        [ErrorCodes.UnknownFamilyHistory] = WireNames.FamilyHistoriesListed,
        [ErrorCodes.UnknownInheritance] = WireNames.InheritancesListed,
    };

    [Fact]
    public void The_table_has_one_rule_for_each_code_the_validator_can_produce()
    {
        var validatorCodes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Except(SerializationOnlyCodes);

        InputRules.Table.Select(rule => rule.Code).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(validatorCodes);
    }

    [Fact]
    public void Every_message_is_a_sentence()
    {
        InputRules.Table.Should().OnlyContain(rule => rule.Message.Length > 1 && rule.Message.EndsWith('.'));
    }

    [Fact]
    public void Each_message_that_lists_values_lists_the_names_of_its_vocabulary_in_order()
    {
        foreach (var (code, names) in ListedNames)
        {
            var message = InputRules.Table.Single(rule => rule.Code == code).Message;
            ListedInOrder(message, names).Should().BeTrue("the message for {0} should list {1}", code, string.Join(", ", names));
        }
    }

    [Fact]
    public void The_listing_check_notices_a_missing_name()
    {
        // Negative control of the check above.
        var message = InputRules.Table.Single(rule => rule.Code == ErrorCodes.UnknownCourse).Message;

        ListedInOrder(message, [.. WireNames.CoursesListed, "intermittent"]).Should().BeFalse();
        ListedInOrder(message.Replace("progressive", "", System.StringComparison.Ordinal), WireNames.CoursesListed).Should().BeFalse();
    }

    /// <summary>Returns whether the message names every name as a word, in the given order.</summary>
    private static bool ListedInOrder(string message, string[] names)
    {
        var words = message.Split([' ', ',', '.', ':'], System.StringSplitOptions.RemoveEmptyEntries);
        int next = 0;
        foreach (var name in names)
        {
            int found = System.Array.IndexOf(words, name, next);
            if (found < 0)
            {
                return false;
            }

            next = found + 1;
        }

        return true;
    }
}
