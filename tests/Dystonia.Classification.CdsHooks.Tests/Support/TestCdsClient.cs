using System.Security.Cryptography;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dystonia.Classification.CdsHooks.Tests.Support;

/// <summary>
/// A CDS client as CDS Hooks 2.0 "Trusting CDS Clients" describes it: an ES384 key pair whose public half it publishes
/// as a JWK Set, and a JWT per call (iss, aud = the endpoint's URL, exp, iat, jti) signed with the private half.
/// </summary>
internal sealed class TestCdsClient : IDisposable
{
    internal const string Issuer = "https://ehr.example.org/";
    internal const string PublicBaseUrl = "https://cds.example.org/dystonia";
    internal const string ServiceAudience = PublicBaseUrl + "/cds-services/dystonia-classification";
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP384);

    internal TestCdsClient(string keyId = "ehr-key-1") => KeyId = keyId;

    internal string KeyId { get; }

    /// <summary>The public key as a JWK Set, as the client publishes it.</summary>
    internal string JwkSet
    {
        get
        {
            var p = key.ExportParameters(includePrivateParameters: false);
            return "{\"keys\":[{\"kty\":\"EC\",\"use\":\"sig\",\"crv\":\"P-384\",\"alg\":\"ES384\",\"kid\":\"" + KeyId + "\",\"x\":\"" + Base64UrlEncoder.Encode(p.Q.X) + "\",\"y\":\"" + Base64UrlEncoder.Encode(p.Q.Y) + "\"}]}";
        }
    }

    internal string Jwt(string audience = ServiceAudience, string issuer = Issuer, TimeSpan? expiresIn = null, string? jti = null, DateTime? issuedAt = null)
    {
        var now = issuedAt ?? DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (expiresIn ?? TimeSpan.FromMinutes(5)),
            TokenType = "JWT",
            Subject = new ClaimsIdentity([new Claim("jti", jti ?? Guid.NewGuid().ToString())]),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = KeyId }, SecurityAlgorithms.EcdsaSha384),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A token signed with a shared secret (HS256), which the specification forbids.</summary>
    internal static string HmacJwt()
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ServiceAudience,
            Expires = DateTime.UtcNow.AddMinutes(5),
            TokenType = "JWT",
            Subject = new ClaimsIdentity([new Claim("jti", Guid.NewGuid().ToString())]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]) { KeyId = "ehr-key-1" }, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public void Dispose() => key.Dispose();
}
