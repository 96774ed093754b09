using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// 累计预扣法 (国家税务总局公告2018年第61号, art. 6): each month the tax on the year's cumulative taxable income is computed
/// with the annual table and what was already withheld is subtracted. A negative difference is not refunded that
/// month; it is carried by the cumulative figures (later months withhold less).
/// </summary>
public static class CumulativeWithholding
{
    /// <summary>The monthly basic deduction (减除费用), 5 000 yuan.</summary>
    public const decimal MonthlyBasicDeduction = 5_000m;

    /// <summary>The whole year's basic deduction applied from January under 国家税务总局公告2020年第19号.</summary>
    public const decimal AnnualBasicDeduction = 60_000m;

    /// <summary>Computes one month. Tax is rounded to the fen, half away from zero.</summary>
    /// <param name="month">The pay month.</param>
    /// <param name="previous">The cumulative state through the previous month (<see cref="TaxYearToDate.Empty"/> at the start).</param>
    /// <param name="input">The month's figures.</param>
    /// <param name="wholeYearBasicDeduction">Apply the 60 000 deduction from January (2020年第19号).</param>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> is null.</exception>
    public static CumulativeWithholdingResult Calculate(
        YearMonth month,
        TaxYearToDate previous,
        in CumulativeWithholdingInput input,
        bool wholeYearBasicDeduction = false)
    {
        ArgumentNullException.ThrowIfNull(previous);
        // Under 2020年第19号 the cumulative deduction is the whole year's 60 000 from January on, not 5 000 a month on top.
        var basic = wholeYearBasicDeduction
            ? FastDecimal.Max(previous.BasicDeduction, AnnualBasicDeduction)
            : FastDecimal.Add(previous.BasicDeduction, MonthlyBasicDeduction);

        // FastDecimal: the operators' and Math.Max's exact results, without their call (this runs once per payslip on the bulk path).
        var income = FastDecimal.Add(previous.Income, input.Income);
        var taxFree = FastDecimal.Add(previous.TaxFreeIncome, input.TaxFreeIncome);
        var special = FastDecimal.Add(previous.SpecialDeductions, input.SpecialDeductions);
        var specialAdditional = FastDecimal.Add(previous.SpecialAdditionalDeductions, input.SpecialAdditionalDeductions);
        var other = FastDecimal.Add(previous.OtherDeductions, input.OtherDeductions);
        var deducted = FastDecimal.Subtract(FastDecimal.Subtract(FastDecimal.Subtract(FastDecimal.Subtract(FastDecimal.Subtract(income, taxFree), basic), special), specialAdditional), other);
        var taxable = FastDecimal.Max(0m, deducted);
        var bracket = TaxTable.AnnualComprehensiveIncome.Find(taxable);
        var cumulativeTax = FastDecimal.Max(0m, Money.RoundToFen(FastDecimal.Subtract(FastDecimal.Multiply(taxable, bracket.Rate), bracket.QuickDeduction)));
        var thisMonth = FastDecimal.Max(0m, FastDecimal.Subtract(cumulativeTax, previous.TaxWithheld));
        var next = new TaxYearToDate
        {
            ThroughMonth = month,
            Income = income,
            TaxFreeIncome = taxFree,
            BasicDeduction = basic,
            SpecialDeductions = special,
            SpecialAdditionalDeductions = specialAdditional,
            OtherDeductions = other,
            TaxWithheld = FastDecimal.Add(previous.TaxWithheld, thisMonth),
            TaxableIncome = taxable,
        };
        return new CumulativeWithholdingResult(thisMonth, taxable, cumulativeTax, bracket, next);
    }
}
