using System;

namespace Dystonia.Classification.Internal;

/// <summary>What an <see cref="InputRule"/> looks at, which also decides how its field path is formed.</summary>
internal enum InputRuleScope
{
    /// <summary>The presentation as a whole; the field is the full path.</summary>
    Presentation,

    /// <summary>
    /// One listed region, or the onset region, on its own; the field is appended to the listing's path. A listing
    /// that breaks one of these rules is not checked against later ones, which may assume the earlier ones hold.
    /// </summary>
    Listing,

    /// <summary>A listed region against the regions validly listed before it; the field is appended to its path.</summary>
    ListedBefore,

    /// <summary>The onset region against all affected regions; the field is the full path.</summary>
    Onset,
}

/// <summary>One input rule: the field it names, its stable error code, its message and the check itself.</summary>
internal sealed class InputRule
{
    private readonly Func<Presentation, bool>? presentationCheck;
    private readonly Func<AffectedRegion, bool>? listingCheck;
    private readonly Func<AffectedRegion, RegionSet, bool>? amongCheck;

    private InputRule(
        InputRuleScope scope,
        string field,
        string code,
        string message,
        Func<Presentation, bool>? presentationCheck = null,
        Func<AffectedRegion, bool>? listingCheck = null,
        Func<AffectedRegion, RegionSet, bool>? amongCheck = null)
    {
        Scope = scope;
        Field = field;
        Code = code;
        Message = message;
        this.presentationCheck = presentationCheck;
        this.listingCheck = listingCheck;
        this.amongCheck = amongCheck;
    }

    internal InputRuleScope Scope { get; }

    /// <summary>Gets the JSON field path, or for listing rules the part after the listing's own path.</summary>
    internal string Field { get; }

    internal string Code { get; }

    /// <summary>Gets the message; it never repeats the offending value.</summary>
    internal string Message { get; }

    internal static InputRule OfPresentation(string field, string code, string message, Func<Presentation, bool> check) =>
        new(InputRuleScope.Presentation, field, code, message, presentationCheck: check);

    internal static InputRule OfListing(string field, string code, string message, Func<AffectedRegion, bool> check) =>
        new(InputRuleScope.Listing, field, code, message, listingCheck: check);

    internal static InputRule OfListingAmong(InputRuleScope scope, string field, string code, string message, Func<AffectedRegion, RegionSet, bool> check) =>
        new(scope, field, code, message, amongCheck: check);

    internal bool Holds(Presentation presentation) => presentationCheck!(presentation);

    internal bool Holds(AffectedRegion listing) => listingCheck!(listing);

    internal bool Holds(AffectedRegion listing, RegionSet regions) => amongCheck!(listing, regions);
}
