using System.Collections.Immutable;

namespace HrKit.Payroll.Model;

/// <summary>
/// An employee's leave and overtime records for one pay month: the input the leave policy turns into pay
/// (<see cref="Jurisdictions.China.LeavePay"/>). HrKit.Integration maps vendors' leave and overtime approvals to it.
/// </summary>
public sealed record LeaveMonth
{
    /// <summary>The employee.</summary>
    public required string EmployeeId { get; init; }

    /// <summary>The pay month; every record must fall inside it.</summary>
    public required NodaTime.YearMonth Period { get; init; }

    /// <summary>Leave taken in the month.</summary>
    public ImmutableArray<LeaveRecord> Leave { get; init; } = [];

    /// <summary>Overtime worked in the month, one record per day and kind.</summary>
    public ImmutableArray<OvertimeRecord> Overtime { get; init; } = [];

    /// <summary>生育津贴 the social insurance fund pays for the month (paid through payroll, tax-free); 0 when none.</summary>
    public decimal MaternityAllowance { get; init; }
}
