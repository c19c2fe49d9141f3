using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GhostHands.Recovery.Callbacks;

/// <summary>
/// The signature every callback carries, so that its receiver can tell GhostHands sent it and the body is the one
/// signed: <c>X-GH-Timestamp</c> (Unix seconds) and <c>X-GH-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 with the
/// service secret of <c>"{timestamp}.{body}"</c>. The timestamp inside the MAC lets the receiver refuse a replayed
/// callback (docs/callbacks.md shows the check).
/// </summary>
internal static class CallbackSignature
{
    public const string SignatureHeader = "X-GH-Signature";
    public const string TimestampHeader = "X-GH-Timestamp";

    /// <summary>How far a receiver should let a callback's timestamp be from its own clock.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>The receiver's check, as documented: the MAC matches (in constant time) and the timestamp is recent.</summary>
    public static bool Verify(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || signature is null
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
