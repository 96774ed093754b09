namespace HrKit.Payroll.Engine;

/// <summary>A payslip's policy components summed by kind, in component order, as they are evaluated.</summary>
internal struct ComponentSums
{
    /// <summary>Every earning, taxable or not: what attendance deductions are capped at.</summary>
    public decimal Earnings;

    public decimal TaxableEarnings;

    public decimal TaxFree;

    public decimal PreTaxDeductions;

    public decimal PostTax;

    public decimal EmployerExtra;
}
