namespace HrKit.Integration.DependencyInjection;

/// <summary>The welfare provider that fulfils points redemptions.</summary>
public sealed class WelfareOptions
{
    /// <summary>The provider's API root; null disables the adapter.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key sent as a bearer token.</summary>
    public string? ApiKey { get; set; }
}
