namespace Dystonia.Classification.Internal;

/// <summary>
/// Receives the rules a presentation breaks, from <see cref="InputRules.Check"/>. Implemented by structs, so that
/// the yes/no check of the classifier stays free of allocation.
/// </summary>
internal interface IInputReport
{
    /// <summary>Records a broken rule and returns whether to go on looking for more.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="listing">The index of the listed region it concerns, <see cref="InputRules.OnsetListing"/> or <see cref="InputRules.NoListing"/>.</param>
    /// <returns><see langword="true"/> to go on; <see langword="false"/> to stop.</returns>
    bool Broken(InputRule rule, int listing);
}
