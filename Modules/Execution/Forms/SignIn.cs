using System.Text.RegularExpressions;
using GhostHands.Credentials;
using Microsoft.Extensions.Logging;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The user's stored sign-in for the job's platform, decrypted only when a sign-in wall actually appears. A credential
/// the page refuses is marked invalid, so no later job tries it again until it is stored anew.
/// </summary>
internal sealed class StoredSignIn(CredentialVault vault, Guid userId, string platform)
{
    public string Platform => platform;

    /// <summary>The credential, or null with the reason it cannot be used (null reason: there is none).</summary>
    public async Task<(LoginCredential? Login, string? Problem)> LoadAsync(CancellationToken ct)
    {
        if (!vault.IsConfigured)
        {
            return (null, null);
        }

        try
        {
            return (await vault.FindLoginAsync(userId, platform, ct), null);
        }
        catch (CredentialDecryptionException e)
        {
            return (null, $"The stored sign-in for {platform} could not be decrypted: {e.Message}");
        }
    }

    public Task AcceptedAsync(LoginCredential login) => vault.MarkUsedAsync(login.Id, verified: true, CancellationToken.None);

    public Task RefusedAsync(LoginCredential login) => vault.MarkInvalidAsync(login.Id, CancellationToken.None);
}

/// <summary>Finds the parts of a sign-in form: the account field, the password field and the button that sends them.</summary>
internal static partial class SignInForm
{
    public static (FormField Account, FormField Password, PageButton Button)? Find(PageInventory inventory)
    {
        var password = inventory.Fields.FirstOrDefault(f => f is { Kind: "text", Type: "password" });
        if (password is null)
        {
            return null;
        }

        var account = inventory.Fields
            .Where(f => f.Frame == password.Frame && f.Kind == "text" && f.Type is "text" or "email" or "tel" or "")
            .OrderByDescending(f => Account().IsMatch($"{f.Label} {f.Hints}"))
            .FirstOrDefault();
        var button = inventory.Buttons
            .Where(b => b.Frame == password.Frame && !b.Disabled && (SignInWords().IsMatch(b.Text) || b.Type == "submit"))
            .OrderByDescending(b => SignInWords().IsMatch(b.Text))
            .FirstOrDefault();
        return account is null || button is null ? null : (account, password, button);
    }

    [GeneratedRegex(@"e-?mail|user|login|account|candidate ?id", RegexOptions.IgnoreCase)]
    private static partial Regex Account();

    [GeneratedRegex(@"sign ?in|log ?in|continue|next", RegexOptions.IgnoreCase)]
    private static partial Regex SignInWords();
}

/// <summary>What the sign-in and model steps log (debug): identifiers and counts only, never a value typed into a page.</summary>
internal static partial class AssistLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Signing in to {Platform} with stored credential {CredentialId}")]
    public static partial void SigningIn(ILogger logger, string platform, Guid credentialId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in to {Platform} with stored credential {CredentialId} {Result}")]
    public static partial void SignInResult(ILogger logger, string platform, Guid credentialId, string result);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Language model {Model} asked about \"{Question}\": {InputTokens} + {OutputTokens} tokens, {CostCents} cents, answered: {Answered}")]
    public static partial void ModelAsked(ILogger logger, string model, string question, long inputTokens, long outputTokens, decimal costCents, bool answered);
}
