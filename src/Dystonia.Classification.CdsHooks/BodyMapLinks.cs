using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Security.Cryptography;

namespace Dystonia.Classification.CdsHooks;

/// <summary>
/// Keeps what a card's body-map link draws, under an unguessable token, for <see cref="Lifetime"/>. The link carries
/// only the token, so no clinical finding lands in a URL, a browser history or a proxy's access log; the price is that
/// a link works only on the instance that made the card and only until it expires (docs/ehr-integration.md).
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
internal sealed class BodyMapLinks
{
    /// <summary>How long a link works. The EHR calls the hook again whenever the record is opened, which makes a fresh link.</summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>How many links are kept at most; the oldest go first, so memory stays bounded under any load.</summary>
    internal const int Capacity = 2000;

    /// <summary>The length of a token: 16 random bytes in base64url.</summary>
    internal const int TokenLength = 22;

    private readonly TimeProvider clock;
    private readonly object gate = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    public BodyMapLinks(TimeProvider clock) => this.clock = clock;

    /// <summary>Keeps a classified presentation for drawing and returns the token of its link.</summary>
    internal string Add(ClassificationResult result, Presentation presentation, string language)
    {
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        string token = Base64Url.EncodeToString(random);
        var now = clock.GetUtcNow();
        lock (gate)
        {
            // Entries expire in the order they were added, so expired ones are always at the front of the queue.
            while (order.Count > 0 && (order.Count >= Capacity || entries[order.Peek()].Expires <= now))
            {
                entries.Remove(order.Dequeue());
            }

            entries.Add(token, new Entry(result, presentation, language, now + Lifetime));
            order.Enqueue(token);
        }

        return token;
    }

    /// <summary>Returns what a token's link draws, or false when the token is unknown, malformed or expired.</summary>
    internal bool TryGet(string token, out Entry entry)
    {
        lock (gate)
        {
            if (token.Length == TokenLength && entries.TryGetValue(token, out var found) && found.Expires > clock.GetUtcNow())
            {
                entry = found;
                return true;
            }
        }

        entry = default;
        return false;
    }

    /// <summary>What one link draws.</summary>
    internal readonly record struct Entry(ClassificationResult Result, Presentation Presentation, string Language, DateTimeOffset Expires);
}
