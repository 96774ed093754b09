using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// What a pack computed for one employee-month: the statutory amounts the engine subtracts from gross pay (employee
/// contributions, taxes) or adds to cost (employer contributions and levies), and the state to carry into next month.
/// Amounts are positive and already rounded as the law states.
/// </summary>
public readonly record struct StatutoryResult
{
    /// <summary>Employee social security contributions withheld (MPF, CPF, National Insurance, social insurance…).</summary>
    public decimal EmployeeContributions { get; init; }

    /// <summary>Employer contributions and payroll levies (employer MPF, CPF, SDL, employer NI…): a cost, not paid to the employee.</summary>
    public decimal EmployerContributions { get; init; }

    /// <summary>Tax withheld on the month's pay (PAYE, IIT) or the month's share of an estimate.</summary>
    public decimal WageTax { get; init; }

    /// <summary>Tax on a separately taxed bonus; 0 where the law has no such method.</summary>
    public decimal BonusTax { get; init; }

    /// <summary>The pack's year-to-date state after this month; null when the pack keeps none.</summary>
    public JurisdictionYearToDate? YearToDate { get; init; }

    /// <summary>China mainland's cumulative withholding state after this month; null for other packs.</summary>
    public TaxYearToDate? ChinaYearToDate { get; init; }

    /// <summary>Set when contributions were computed on carried-forward rates (China mainland); null otherwise.</summary>
    public ContributionCarryForward? ProvisionalContributions { get; init; }
}
