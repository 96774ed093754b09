using NodaTime;

namespace HrKit.Integration.Outbound;

/// <summary>A points redemption sent to a welfare (benefits) provider for fulfilment.</summary>
/// <param name="RedemptionId">The host's id of the redemption; the idempotency key is derived from it.</param>
/// <param name="EmployeeId">The employee who redeemed.</param>
/// <param name="ItemCode">The provider's catalogue item.</param>
/// <param name="Quantity">How many.</param>
/// <param name="Points">Points spent, for the provider's statement.</param>
/// <param name="RedeemedAt">When the employee redeemed.</param>
public sealed record WelfareRedemption(string RedemptionId, string EmployeeId, string ItemCode, int Quantity, long Points, Instant RedeemedAt);
