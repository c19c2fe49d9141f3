using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GhostHands.Credentials;

namespace GhostHands.Tests.Credentials;

/// <summary>AES-256-GCM sealing of one credential, bound to its row: pure, no database.</summary>
public sealed class WhenSealingACredential
{
    private static readonly string KeyA = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string KeyB = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly CredentialAddress Address = new(Guid.Parse("6f1c1f2e-0000-4000-8000-000000000001"), "workday", "password");
    private static readonly byte[] Plaintext = Encoding.UTF8.GetBytes("""{"username":"ada@example.org","password":"s3cret!"}""");

    private static KeyRing Ring(string current, string? previous = null) =>
        KeyRing.From(new CredentialsOptions { EncryptionKey = current, PreviousKeys = previous });

    [Fact]
    public void A_sealed_secret_opens_to_the_same_bytes_and_names_its_key()
    {
        var ring = Ring(KeyA);

        var sealedSecret = CredentialCipher.Seal(ring.Current!, Address, Plaintext);

        Assert.Equal(ring.Current!.Id, sealedSecret.KeyId);
        Assert.Equal(12, sealedSecret.Nonce.Length);
        Assert.Equal(16, sealedSecret.Tag.Length);
        Assert.NotEqual(Plaintext, sealedSecret.Ciphertext);
        Assert.Equal(Plaintext, CredentialCipher.Open(ring, Address, sealedSecret));
    }

    [Fact]
    public void Two_seals_of_the_same_secret_differ()
    {
        var ring = Ring(KeyA);

        var first = CredentialCipher.Seal(ring.Current!, Address, Plaintext);
        var second = CredentialCipher.Seal(ring.Current!, Address, Plaintext);

        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
    }

    [Fact]
    public void A_ring_without_the_sealing_key_refuses_with_the_key_id()
    {
        var sealedSecret = CredentialCipher.Seal(Ring(KeyA).Current!, Address, Plaintext);

        var e = Assert.Throws<CredentialDecryptionException>(() => CredentialCipher.Open(Ring(KeyB), Address, sealedSecret));

        Assert.Contains(sealedSecret.KeyId, e.Message, StringComparison.Ordinal);
        Assert.Contains("not configured", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_previous_key_still_opens_what_it_sealed()
    {
        var old = CredentialCipher.Seal(Ring(KeyA).Current!, Address, Plaintext);

        var rotated = Ring(KeyB, previous: KeyA);

        Assert.NotEqual(old.KeyId, rotated.Current!.Id);
        Assert.Equal(Plaintext, CredentialCipher.Open(rotated, Address, old));
    }

    public static TheoryData<string> Tamperings => ["ciphertext", "nonce", "tag"];

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void A_changed_byte_anywhere_fails_authentication(string part)
    {
        var ring = Ring(KeyA);
        var s = CredentialCipher.Seal(ring.Current!, Address, Plaintext);
        var tampered = part switch
        {
            "ciphertext" => s with { Ciphertext = Flip(s.Ciphertext) },
            "nonce" => s with { Nonce = Flip(s.Nonce) },
            _ => s with { Tag = Flip(s.Tag) },
        };

        var e = Assert.Throws<CredentialDecryptionException>(() => CredentialCipher.Open(ring, Address, tampered));

        Assert.Contains("did not authenticate", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> OtherRows => ["user", "platform", "type"];

    [Theory]
    [MemberData(nameof(OtherRows))]
    public void A_secret_moved_to_another_row_does_not_open(string moved)
    {
        var ring = Ring(KeyA);
        var s = CredentialCipher.Seal(ring.Current!, Address, Plaintext);
        var elsewhere = moved switch
        {
            "user" => Address with { UserId = Guid.NewGuid() },
            "platform" => Address with { Platform = "greenhouse" },
            _ => Address with { CredentialType = "api_key" },
        };

        Assert.Throws<CredentialDecryptionException>(() => CredentialCipher.Open(ring, elsewhere, s));
    }

    [Fact]
    public void Relabelling_a_row_with_another_configured_key_id_does_not_open_it()
    {
        var ring = Ring(KeyB, previous: KeyA);
        var s = CredentialCipher.Seal(ring.Find(EncryptionKey.IdOf(Convert.FromBase64String(KeyA)))!, Address, Plaintext);

        Assert.Throws<CredentialDecryptionException>(() => CredentialCipher.Open(ring, Address, s with { KeyId = ring.Current!.Id }));
    }

    [Theory]
    [InlineData("not base64 at all!", "is not valid base64")]
    [InlineData("c2hvcnQ=", "decodes to 5 bytes")]
    public void A_malformed_key_is_reported_by_its_setting_never_by_its_value(string key, string expected)
    {
        var problem = KeyRing.Problem(new CredentialsOptions { EncryptionKey = key });

        Assert.NotNull(problem);
        Assert.StartsWith("GH_ENCRYPTION_KEY (Credentials:EncryptionKey)", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.DoesNotContain(key, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_previous_key_is_reported_with_its_position()
    {
        var problem = KeyRing.Problem(new CredentialsOptions { EncryptionKey = KeyA, PreviousKeys = $"{KeyB}, c2hvcnQ=" });

        Assert.Equal("GH_ENCRYPTION_PREVIOUS_KEYS (Credentials:PreviousKeys) entry 2 decodes to 5 bytes; AES-256 needs exactly 32 (`openssl rand -base64 32`).", problem);
    }

    [Fact]
    public void No_key_leaves_the_vault_off_without_error()
    {
        Assert.Null(KeyRing.Problem(new CredentialsOptions()));
        Assert.Null(KeyRing.From(new CredentialsOptions()).Current);
    }

    [Fact]
    public void A_secret_prints_and_serialises_as_stars()
    {
        var secret = new Secret("hunter2");
        var login = new LoginCredential(Guid.NewGuid(), "workday", new Secret("ada@example.org"), secret);

        Assert.Equal("***", secret.ToString());
        Assert.Equal("\"***\"", JsonSerializer.Serialize(secret));
        Assert.DoesNotContain("hunter2", $"{login} {JsonSerializer.Serialize(login)} {login.Password}", StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.org", login.ToString(), StringComparison.Ordinal);
        Assert.Equal("hunter2", JsonSerializer.Deserialize<Secret>("\"hunter2\"")!.Reveal());
    }

    private static byte[] Flip(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        copy[0] ^= 0x01;
        return copy;
    }
}
