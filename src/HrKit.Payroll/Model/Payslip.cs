using System.Collections.Immutable;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Payroll.Model;

/// <summary>The result of paying one employee for one month.</summary>
public sealed record Payslip
{
    /// <summary>The employee.</summary>
    public required string EmployeeId { get; init; }

    /// <summary>Display name from the input.</summary>
    public string? Name { get; init; }

    /// <summary>Department from the input.</summary>
    public string? Department { get; init; }

    /// <summary>The pay month.</summary>
    public required YearMonth Period { get; init; }

    /// <summary>The jurisdiction whose law the payslip follows (<see cref="EmployeeMonthInput.Jurisdiction"/>); amounts are in its pack's currency.</summary>
    public string Jurisdiction { get; init; } = EmployeeMonthInput.DefaultJurisdiction;

    /// <summary>Every line, in calculation order.</summary>
    public required ImmutableArray<PayslipLine> Lines { get; init; }

    /// <summary>Earnings minus attendance deductions, before contributions and tax (应发工资), including any annual bonus.</summary>
    public decimal GrossPay { get; init; }

    /// <summary>Employee social insurance and housing fund contributions.</summary>
    public decimal EmployeeContributions { get; init; }

    /// <summary>Individual income tax withheld this month on wages.</summary>
    public decimal WageTax { get; init; }

    /// <summary>Individual income tax on a separately taxed annual bonus.</summary>
    public decimal BonusTax { get; init; }

    /// <summary>Post-tax deductions.</summary>
    public decimal PostTaxDeductions { get; init; }

    /// <summary>Take-home pay (实发工资).</summary>
    public decimal NetPay { get; init; }

    /// <summary>Employer social insurance and housing fund contributions.</summary>
    public decimal EmployerContributions { get; init; }

    /// <summary>What the employee costs the employer this month: gross pay plus employer contributions.</summary>
    public decimal EmployerCost { get; init; }

    /// <summary>
    /// China mainland's cumulative withholding state after this month; pass it as next month's input.
    /// <see cref="TaxYearToDate.Empty"/> for other jurisdictions (they use <see cref="JurisdictionYearToDate"/>).
    /// </summary>
    public required TaxYearToDate YearToDate { get; init; }

    /// <summary>The jurisdiction pack's year-to-date state after this month (pass it as next month's input); null for China mainland and packs that keep none.</summary>
    public JurisdictionYearToDate? JurisdictionYearToDate { get; init; }

    /// <summary>
    /// Set when the pay month is after the city's last published contribution schedule and contributions were
    /// computed on that schedule (carried forward; line <c>CONTRIBUTIONS_PROVISIONAL</c> says the same); null inside
    /// published cycles. Settle the difference when the cycle is added (docs/payroll-contributions.md).
    /// </summary>
    public ContributionCarryForward? ProvisionalContributions { get; init; }

    /// <summary>The first line with the given code, or null.</summary>
    public PayslipLine? Line(string code)
    {
        foreach (var line in Lines)
        {
            if (string.Equals(line.Code, code, StringComparison.Ordinal))
            {
                return line;
            }
        }

        return null;
    }
}
