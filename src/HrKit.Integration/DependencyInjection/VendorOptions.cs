namespace HrKit.Integration;

/// <summary>Settings shared by the WeCom and DingTalk adapters.</summary>
public abstract class VendorOptions
{
    /// <summary>The API root; change it only for tests or a proxy.</summary>
    public abstract Uri BaseAddress { get; set; }

    /// <summary>Callback token (Token) configured in the vendor's console for event subscriptions.</summary>
    public string? CallbackToken { get; set; }

    /// <summary>Callback EncodingAESKey (43 characters) configured in the vendor's console.</summary>
    public string? CallbackAesKey { get; set; }

    /// <summary>
    /// Vendor user id → host employee id. Empty means the ids are the same; otherwise unmapped users are rejected in the
    /// reconciliation report instead of being guessed.
    /// </summary>
    public IDictionary<string, string> UserIdMap { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Whether the app credentials are set, i.e. the adapter should be used.</summary>
    public abstract bool IsConfigured { get; }
}
