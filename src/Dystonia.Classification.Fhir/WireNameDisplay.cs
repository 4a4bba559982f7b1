using System.Text;

namespace Dystonia.Classification.Fhir;

/// <summary>
/// The display of a wire name in the project's code systems: <c>earlyAdulthood</c> reads "Early adulthood",
/// <c>upperLimb:left</c> "Upper limb, left". One source, compiled into the FHIR package and (as a linked file) into the
/// Firely package, whose Questionnaire and published CodeSystems must show the displays the FHIR writer writes; a
/// shared internal type through InternalsVisibleTo would also expose the FHIR package's netstandard2.0 polyfills.
/// </summary>
internal static class WireNameDisplay
{
    internal static string Of(string wire)
    {
        var text = new StringBuilder(wire.Length + 4);
        foreach (char c in wire)
        {
            if (c == ':')
            {
                text.Append(", ");
            }
            else if (char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        if (text.Length > 0)
        {
            text[0] = char.ToUpperInvariant(text[0]);
        }

        return text.ToString();
    }
}
