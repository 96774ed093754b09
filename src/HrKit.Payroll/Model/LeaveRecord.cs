using NodaTime;

namespace HrKit.Payroll.Model;

/// <summary>
/// One leave taken in a pay month, as an HR or attendance system reports it (HrKit.Integration fills these from
/// vendors). A leave across two months is reported as one record per month.
/// </summary>
/// <param name="Type">The kind of leave.</param>
/// <param name="Start">First day of leave in the month.</param>
/// <param name="End">Last day of leave in the month (equal to <paramref name="Start"/> for one day).</param>
/// <param name="Days">Working days of leave between the dates (half days allowed: 0.5); not calendar days.</param>
/// <param name="Status">Approval status; only approved leave is paid by its type's rule.</param>
/// <param name="ApprovalId">The approval's id in the source system, for audit; may be empty.</param>
public sealed record LeaveRecord(
    LeaveType Type,
    LocalDate Start,
    LocalDate End,
    decimal Days,
    LeaveApprovalStatus Status = LeaveApprovalStatus.Approved,
    string ApprovalId = "");
