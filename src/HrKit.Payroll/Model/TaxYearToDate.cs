namespace HrKit.Payroll.Model;

/// <summary>
/// Cumulative figures of the tax year up to and including a month, as required by the cumulative withholding method
/// (国家税务总局公告2018年第61号). Each payslip returns the state after its month; feed it into the next month.
/// </summary>
public sealed record TaxYearToDate
{
    /// <summary>The state at the start of a tax year (or of employment at this withholding agent).</summary>
    public static TaxYearToDate Empty { get; } = new();

    /// <summary>The last month included; null for <see cref="Empty"/>.</summary>
    public NodaTime.YearMonth? ThroughMonth { get; init; }

    /// <summary>累计收入: wage income of the year so far (excluding a separately taxed annual bonus).</summary>
    public decimal Income { get; init; }

    /// <summary>累计免税收入.</summary>
    public decimal TaxFreeIncome { get; init; }

    /// <summary>累计减除费用: 5 000 per month of employment in the year.</summary>
    public decimal BasicDeduction { get; init; }

    /// <summary>累计专项扣除: employee social insurance and housing fund contributions.</summary>
    public decimal SpecialDeductions { get; init; }

    /// <summary>累计专项附加扣除.</summary>
    public decimal SpecialAdditionalDeductions { get; init; }

    /// <summary>累计依法确定的其他扣除 (e.g. private pension, qualifying commercial health insurance).</summary>
    public decimal OtherDeductions { get; init; }

    /// <summary>累计已预扣预缴税额: tax withheld so far on wage income.</summary>
    public decimal TaxWithheld { get; init; }

    /// <summary>累计预扣预缴应纳税所得额 as of <see cref="ThroughMonth"/> (informational).</summary>
    public decimal TaxableIncome { get; init; }
}
