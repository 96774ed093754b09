namespace HrKit.Payroll.Model;

/// <summary>How an annual one-time bonus (全年一次性奖金) paid in the month is taxed.</summary>
public enum AnnualBonusTaxMethod
{
    /// <summary>
    /// Taxed on its own with the monthly-converted rate table (财税〔2018〕164号, extended to 2027-12-31 by
    /// 财政部 税务总局公告2023年第30号). Allowed once per tax year.
    /// </summary>
    Separate = 0,

    /// <summary>Added to the month's wage income and taxed by cumulative withholding.</summary>
    Merged = 1,
}
