namespace HrKit.Integration.Outbound;

/// <summary>The body of <c>POST v1/redemptions</c>; <c>redeemedAt</c> is ISO-8601 UTC (e.g. <c>2026-10-31T04:00:00Z</c>).</summary>
internal sealed record WelfareRedemptionBody(string RedemptionId, string EmployeeId, string ItemCode, int Quantity, long Points, string RedeemedAt);

/// <summary>The body of <c>POST v1/redemptions/{redemptionId}/cancel</c>.</summary>
internal sealed record WelfareCancellationBody(string Reason);

/// <summary>
/// Any answer of the provider: success bodies carry <c>redemptionRef</c> and <c>status</c>, error bodies <c>code</c>
/// and <c>message</c>.
/// </summary>
internal sealed record WelfareAnswer(string? RedemptionRef, string? Status, string? Code, string? Message);
