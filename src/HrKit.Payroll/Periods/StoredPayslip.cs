using System.Collections.Immutable;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>
/// One employee-month as the period store keeps it: the input as computed (with the year-to-date state the store
/// supplied), the payslip and its year-to-date state after the month. A month may hold several revisions: the paid one
/// and, after a retro, a recalculated one; the one a retro replaced is marked <see cref="IsSuperseded"/>.
/// </summary>
public sealed record StoredPayslip
{
    /// <summary>The company.</summary>
    public required string CompanyId { get; init; }

    /// <summary>The employee.</summary>
    public required string EmployeeId { get; init; }

    /// <summary>The pay month; its year is the tax year.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>1 for the paid payslip, then one more per retro recalculation of the month.</summary>
    public required int Revision { get; init; }

    /// <summary>Paid or recalculated.</summary>
    public required StoredPayslipKind Kind { get; init; }

    /// <summary>True once a later revision (a retro recalculation) replaced this one.</summary>
    public bool IsSuperseded { get; init; }

    /// <summary>The input as computed, including the year-to-date state through the previous month.</summary>
    public required EmployeeMonthInput Input { get; init; }

    /// <summary>The payslip; for a paid month with retro settlements, their lines are included.</summary>
    public required Payslip Payslip { get; init; }

    /// <summary>Retro differences paid in this month (empty for most months).</summary>
    public ImmutableArray<RetroSettlement> Settlements { get; init; } = [];

    /// <summary>For a recalculated revision: the open month the difference was paid in.</summary>
    public YearMonth? SettledIn { get; init; }

    /// <summary>When the revision was stored.</summary>
    public Instant RecordedAt { get; init; }

    /// <summary>The tax year (the year of <see cref="Month"/>).</summary>
    public int TaxYear => Month.Year;

    /// <summary>The tax year's cumulative state after this month, as computed for this revision.</summary>
    public TaxYearToDate YearToDate => Payslip.YearToDate;
}
