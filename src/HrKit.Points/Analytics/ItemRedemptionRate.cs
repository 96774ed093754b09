namespace HrKit.Points.Analytics;

/// <summary>How often an item was redeemed.</summary>
/// <param name="ItemId">Catalog item.</param>
/// <param name="Redemptions">Redemptions still standing (reversed ones excluded).</param>
/// <param name="Employees">Distinct employees who redeemed it.</param>
/// <param name="Rate"><paramref name="Employees"/> ÷ active employees, 4 decimals (0 when nobody was active).</param>
public sealed record ItemRedemptionRate(string ItemId, int Redemptions, int Employees, decimal Rate);
