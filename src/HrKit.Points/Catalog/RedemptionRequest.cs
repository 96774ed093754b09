namespace HrKit.Points.Catalog;

/// <summary>An employee asks for one unit of an item.</summary>
/// <param name="RequestId">Client-chosen id; retrying the same request redeems once.</param>
/// <param name="EmployeeId">Who pays.</param>
/// <param name="ItemId">What they get.</param>
public sealed record RedemptionRequest(string RequestId, string EmployeeId, string ItemId);
