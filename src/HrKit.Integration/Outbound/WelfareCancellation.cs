namespace HrKit.Integration.Outbound;

/// <summary>
/// Asks the welfare provider to cancel a redemption it already has (<c>POST v1/redemptions/{redemptionId}/cancel</c>),
/// because it was reversed or its hold voided in the points ledger after it was forwarded.
/// </summary>
/// <param name="RedemptionId">The id the redemption was forwarded with.</param>
/// <param name="Reason">Why, for the provider's records.</param>
public sealed record WelfareCancellation(string RedemptionId, string Reason);
