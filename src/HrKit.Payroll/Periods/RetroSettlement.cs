using System.Collections.Immutable;
using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>
/// The difference a retro recalculation found for one employee, paid in an open month: the per-component lines of every
/// recalculated month and the totals they move. Income tax is not a delta here: the settlement month's tax is computed
/// cumulatively on the recalculated year-to-date, less the tax actually withheld (<see cref="TaxWithheldBefore"/>).
/// </summary>
public sealed record RetroSettlement
{
    /// <summary>The employee.</summary>
    public required string EmployeeId { get; init; }

    /// <summary>The open month the difference is paid in.</summary>
    public required YearMonth SettledIn { get; init; }

    /// <summary>The first month recalculated.</summary>
    public required YearMonth From { get; init; }

    /// <summary>The last month recalculated (the month before <see cref="SettledIn"/>).</summary>
    public required YearMonth Through { get; init; }

    /// <summary>Every component that changed, month by month.</summary>
    public required ImmutableArray<RetroLine> Lines { get; init; }

    /// <summary>Change in gross pay over the recalculated months.</summary>
    public decimal GrossPay { get; init; }

    /// <summary>Change in employee contributions (withheld in the settlement month).</summary>
    public decimal EmployeeContributions { get; init; }

    /// <summary>Change in separately taxed annual bonus tax.</summary>
    public decimal BonusTax { get; init; }

    /// <summary>Change in post-tax deductions.</summary>
    public decimal PostTaxDeductions { get; init; }

    /// <summary>Change in employer contributions.</summary>
    public decimal EmployerContributions { get; init; }

    /// <summary>Change in employer cost.</summary>
    public decimal EmployerCost { get; init; }

    /// <summary>Wage tax actually withheld in the tax year through the month before <see cref="SettledIn"/>.</summary>
    public decimal TaxWithheldBefore { get; init; }

    /// <summary>Why the closed months were corrected.</summary>
    public string Reason { get; init; } = "";
}
