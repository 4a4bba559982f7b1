using System;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dystonia.Classification.Serialization;
using Microsoft.AspNetCore.DataProtection;

namespace Dystonia.Classification.CdsHooks;

/// <summary>
/// The card's body-map link, kept nowhere: its token is the classified presentation and the card's language,
/// encrypted and signed with ASP.NET Core Data Protection and valid for <see cref="Lifetime"/>. Any instance that
/// shares the key ring opens it, after a restart too, and there is no store to fill or flood. The token reveals no
/// finding (it is encrypted) and holds no patient id (none is put in), so a browser history or a proxy's log learns
/// nothing from it (docs/ehr-integration.md).
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
internal sealed class BodyMapLinks
{
    /// <summary>How long a link works. The EHR calls the hook again whenever the record is opened, which makes a fresh link.</summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>The purpose string of the protector: a token made for anything else never opens as a body map.</summary>
    internal const string Purpose = "Dystonia.Classification.CdsHooks.BodyMap.v1";

    /// <summary>The longest token read; anything longer was not made here.</summary>
    internal const int MaximumTokenLength = 8192;

    private readonly ITimeLimitedDataProtector protector;
    private readonly TimeProvider clock;

    public BodyMapLinks(IDataProtectionProvider protection, TimeProvider clock)
    {
        protector = protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
        this.clock = clock;
    }

    /// <summary>Returns the token of a link that draws this presentation in this language for the next hour.</summary>
    internal string Add(Presentation presentation, string language)
    {
        var json = JsonNode.Parse(DystoniaJson.WritePresentation(presentation))!.AsObject();
        json.Remove("id");
        byte[] plain = Encoding.UTF8.GetBytes(language + "\n" + json.ToJsonString());
        return Base64Url.EncodeToString(protector.Protect(plain, clock.GetUtcNow() + Lifetime));
    }

    /// <summary>Reads a token back; false when it is malformed, was not made with this key ring, or has expired.</summary>
    internal bool TryGet(string token, out Presentation presentation, out string language)
    {
        presentation = null!;
        language = "";
        if (token.Length > MaximumTokenLength || !Base64Url.IsValid(token))
        {
            return false;
        }

        string text;
        try
        {
            byte[] plain = protector.Unprotect(Base64Url.DecodeFromChars(token), out var expires);
            // The protector checks the system clock; the service's own clock is checked too (and is what tests move).
            if (expires <= clock.GetUtcNow())
            {
                return false;
            }

            text = Encoding.UTF8.GetString(plain);
        }
        catch (CryptographicException)
        {
            return false;
        }

        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        var read = newline < 0 ? null : DystoniaJson.ReadPresentation(text.AsSpan(newline + 1).ToString());
        if (read?.Presentation is null)
        {
            return false;
        }

        presentation = read.Presentation;
        language = text[..newline];
        return true;
    }
}
