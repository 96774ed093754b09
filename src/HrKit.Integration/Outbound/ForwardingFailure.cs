namespace HrKit.Integration.Outbound;

/// <summary>A redemption the provider did not take in a forwarding run; it stays pending.</summary>
/// <param name="RedemptionId">The redemption.</param>
/// <param name="StatusCode">The provider's HTTP status; <see langword="null"/> when it did not answer.</param>
/// <param name="ErrorCode">The provider's error code, e.g. <c>item_unknown</c>.</param>
/// <param name="Reason">A sentence a person can act on, with the provider's message.</param>
/// <param name="IsTransient">
/// Whether the next run may succeed unchanged; when false, the redemption (e.g. reverse it) or the settings must change.
/// </param>
public sealed record ForwardingFailure(string RedemptionId, int? StatusCode, string? ErrorCode, string Reason, bool IsTransient);
