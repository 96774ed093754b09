using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// One row of the wage withholding declaration (综合所得申报 → 正常工资薪金所得), the month's figures of one employee.
/// Built from the payslip and the year-to-date state the payslip started from.
/// </summary>
/// <param name="Identity">The person.</param>
/// <param name="Income">本期收入: the month's wage income, including tax-free income and a merged annual bonus (a separately taxed bonus is declared on its own sheet).</param>
/// <param name="TaxFreeIncome">本期免税收入.</param>
/// <param name="Pension">基本养老保险费 (employee).</param>
/// <param name="Medical">基本医疗保险费 (employee, including serious-illness and maternity items).</param>
/// <param name="Unemployment">失业保险费 (employee).</param>
/// <param name="HousingFund">住房公积金 (employee).</param>
/// <param name="OtherDeductions">其他: the month's other pre-tax deductions (依法确定的其他扣除).</param>
/// <param name="TaxWithheld">The month's wage tax, for checking against the client's figure (not a template column).</param>
public sealed record WageDeclarationRow(
    TaxpayerIdentity Identity,
    decimal Income,
    decimal TaxFreeIncome,
    decimal Pension,
    decimal Medical,
    decimal Unemployment,
    decimal HousingFund,
    decimal OtherDeductions,
    decimal TaxWithheld)
{
    /// <summary>Builds the row from a payslip.</summary>
    /// <param name="payslip">The month's payslip (with lines).</param>
    /// <param name="previous">The year-to-date state the payslip was computed from (the input's <c>yearToDate</c>; <see cref="TaxYearToDate.Empty"/> in January).</param>
    /// <param name="identity">The person; its employee id must be the payslip's.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The identity is another employee's.</exception>
    public static WageDeclarationRow From(Payslip payslip, TaxYearToDate previous, TaxpayerIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(payslip);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(identity);
        if (!string.Equals(payslip.EmployeeId, identity.EmployeeId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The identity of '{identity.EmployeeId}' was given for the payslip of '{payslip.EmployeeId}'.", nameof(identity));
        }

        // The engine starts a new tax year from nothing; the same rule decides which previous figures to subtract.
        var before = previous.ThroughMonth is { } through && through.Year == payslip.Period.Year ? previous : TaxYearToDate.Empty;
        var after = payslip.YearToDate;
        decimal Lines(params string[] codes) => payslip.Lines.Where(l => codes.Contains(l.Code, StringComparer.Ordinal)).Sum(l => l.Amount);
        return new WageDeclarationRow(
            identity,
            after.Income - before.Income,
            after.TaxFreeIncome - before.TaxFreeIncome,
            Lines("PENSION_EE"),
            Lines("MEDICAL_EE", "SERIOUS_ILLNESS_EE", "MATERNITY_EE"),
            Lines("UNEMPLOYMENT_EE"),
            Lines("HOUSING_FUND_EE"),
            after.OtherDeductions - before.OtherDeductions,
            payslip.WageTax);
    }
}
