using System;
using System.Globalization;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// What the readers accept: the largest record they read into memory, and the language of their messages about the
/// input. A record beyond the limit is never read whole, so a line of gigabytes cannot exhaust memory.
/// </summary>
internal sealed record InputLimits(int MaximumRecordSize, string Language)
{
    /// <summary>The default maximum record size: far beyond any presentation, well inside memory.</summary>
    internal const int DefaultMaximumRecordSize = 16 << 20;

    /// <summary>The largest limit that can be given: 1 GiB, so that the reader's buffer stays within the range of an array.</summary>
    internal const int LargestMaximumRecordSize = 1 << 30;

    internal const string DefaultMaximumRecordSizeText = "16M";

    internal static InputLimits Default { get; } = new(DefaultMaximumRecordSize, Localization.ClinicalLanguages.English);

    /// <summary>Reads a size in bytes, optionally with the suffix K, M or G (powers of 1024); <see langword="null"/> when it is not one from 1 byte to 1 GiB.</summary>
    internal static int? ParseSize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        long unit = char.ToUpperInvariant(text[^1]) switch
        {
            'K' => 1L << 10,
            'M' => 1L << 20,
            'G' => 1L << 30,
            _ => 1,
        };
        var digits = unit == 1 ? text : text[..^1];
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long number) || number < 1 || number > LargestMaximumRecordSize)
        {
            return null;
        }

        long bytes = number * unit;
        return bytes <= LargestMaximumRecordSize ? (int)bytes : null;
    }
}
