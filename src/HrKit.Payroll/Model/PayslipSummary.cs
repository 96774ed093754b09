using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Payroll.Model;

/// <summary>
/// The totals of a payslip without its lines: what bulk runs that only post amounts (to a ledger, a bank file) need.
/// Computed by the same code as <see cref="Payslip"/>; producing one allocates only its <see cref="YearToDate"/>.
/// </summary>
public readonly record struct PayslipSummary
{
    /// <summary>The employee.</summary>
    public required string EmployeeId { get; init; }

    /// <summary>The pay month.</summary>
    public required YearMonth Period { get; init; }

    /// <summary>As <see cref="Payslip.Jurisdiction"/>.</summary>
    public string Jurisdiction { get; init; }

    /// <summary>As <see cref="Payslip.GrossPay"/>.</summary>
    public decimal GrossPay { get; init; }

    /// <summary>As <see cref="Payslip.EmployeeContributions"/>.</summary>
    public decimal EmployeeContributions { get; init; }

    /// <summary>As <see cref="Payslip.WageTax"/>.</summary>
    public decimal WageTax { get; init; }

    /// <summary>As <see cref="Payslip.BonusTax"/>.</summary>
    public decimal BonusTax { get; init; }

    /// <summary>As <see cref="Payslip.PostTaxDeductions"/>.</summary>
    public decimal PostTaxDeductions { get; init; }

    /// <summary>As <see cref="Payslip.NetPay"/>.</summary>
    public decimal NetPay { get; init; }

    /// <summary>As <see cref="Payslip.EmployerContributions"/>.</summary>
    public decimal EmployerContributions { get; init; }

    /// <summary>As <see cref="Payslip.EmployerCost"/>.</summary>
    public decimal EmployerCost { get; init; }

    /// <summary>As <see cref="Payslip.ProvisionalContributions"/>: set when contributions were carried forward.</summary>
    public ContributionCarryForward? ProvisionalContributions { get; init; }

    /// <summary>As <see cref="Payslip.YearToDate"/>.</summary>
    public required TaxYearToDate YearToDate { get; init; }

    /// <summary>As <see cref="Payslip.JurisdictionYearToDate"/>.</summary>
    public JurisdictionYearToDate? JurisdictionYearToDate { get; init; }
}
