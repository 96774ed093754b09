using NodaTime;

namespace HrKit.Integration.Suites.Approvals;

/// <summary>
/// One leave or overtime request of an authorised company, normalised across vendors. It carries no pay rule: the
/// host (or HrKit.Payroll's leave and overtime input) decides what an approved request is worth.
/// </summary>
/// <param name="Company">The company.</param>
/// <param name="RequestId">The vendor's id (WeCom sp_no, DingTalk process instance id).</param>
/// <param name="UserId">The applicant's vendor user id.</param>
/// <param name="Kind">Leave or overtime.</param>
/// <param name="Status">Pending, approved, rejected or withdrawn.</param>
/// <param name="LeaveType">The leave type as the company named it (年假, 事假 …); null for overtime.</param>
/// <param name="Start">Local start, in the configured zone.</param>
/// <param name="End">Local end, in the configured zone.</param>
/// <param name="Duration">The duration the vendor computed, in <paramref name="Unit"/>.</param>
/// <param name="Unit">Days or hours.</param>
/// <param name="AppliedAt">When the request was submitted.</param>
public sealed record ApprovalRequest(
    CompanyRef Company, string RequestId, string UserId, ApprovalKind Kind, ApprovalStatus Status, string? LeaveType,
    LocalDateTime Start, LocalDateTime End, decimal Duration, ApprovalDurationUnit Unit, Instant AppliedAt);
