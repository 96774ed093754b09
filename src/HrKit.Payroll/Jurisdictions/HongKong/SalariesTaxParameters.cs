namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>
/// Salaries tax figures for one year of assessment (1 April to 31 March), Inland Revenue Ordinance (Cap. 112).
/// </summary>
/// <param name="YearOfAssessment">The calendar year the year of assessment starts in: 2024 is 2024/25.</param>
/// <param name="ProgressiveRates">Progressive rates on net chargeable income (2/6/10/14/17 % in HK$50,000 bands from 2018/19).</param>
/// <param name="StandardRates">Standard rates on net income (15 %; from 2024/25 15 % on the first HK$5,000,000 and 16 % above).</param>
/// <param name="BasicAllowance">Basic allowance (HK$132,000).</param>
/// <param name="MarriedPersonAllowance">Married person's allowance, instead of the basic allowance (HK$264,000).</param>
/// <param name="ChildAllowance">Child allowance per child, 1st to 9th (HK$130,000 from 2023/24).</param>
/// <param name="ChildBornInYearAllowance">Additional child allowance in the year of birth (HK$130,000 from 2023/24).</param>
/// <param name="SingleParentAllowance">Single parent allowance (HK$132,000).</param>
/// <param name="MpfDeductionCap">Most mandatory MPF contributions deductible in the year (HK$18,000).</param>
/// <param name="TaxReductionRate">One-off reduction as a share of the tax (1.0 for 100 %); 0 when none was enacted or it is not known yet.</param>
/// <param name="TaxReductionCap">Most the one-off reduction takes off per case (HK$1,500 for 2024/25).</param>
/// <param name="Source">The law and publications the figures are read from.</param>
public sealed record SalariesTaxParameters(
    int YearOfAssessment,
    TaxScale ProgressiveRates,
    TaxScale StandardRates,
    decimal BasicAllowance,
    decimal MarriedPersonAllowance,
    decimal ChildAllowance,
    decimal ChildBornInYearAllowance,
    decimal SingleParentAllowance,
    decimal MpfDeductionCap,
    decimal TaxReductionRate,
    decimal TaxReductionCap,
    LegalSource Source)
{
    /// <summary>The year of assessment as the IRD writes it, e.g. <c>2024/25</c>.</summary>
    public string Name => $"{YearOfAssessment}/{(YearOfAssessment + 1) % 100:00}";
}
