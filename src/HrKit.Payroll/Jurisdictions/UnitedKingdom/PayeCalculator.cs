using HrKit.Payroll.Localization;
namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>
/// PAYE income tax for one pay period, following HMRC's "Specification for PAYE Tax Table Routines": the cumulative
/// basis (tax due on the year's taxable pay to date less tax already deducted, refunds included) for suffix, K, BR,
/// D and NT codes; the week 1/month 1 basis for non-cumulative codes and for tax weeks 53, 54 and 56.
/// <list type="bullet">
/// <item>Free pay (additional pay for K codes) per period: for code numbers up to 500, (number × 10 + 9) ÷ 12 (or ÷ 52)
/// rounded up to the penny; above 500, (number − 1) is split into blocks of 500, each worth £416.67 a month (£96.16 a
/// week), and the remainder + 1 is priced as above. To date it is the period figure × the period number.</item>
/// <item>Taxable pay is rounded down to the pound; the band limits to date are the annual limits × period ÷ 12 (or ÷ 52),
/// unrounded; tax due is rounded down to the penny.</item>
/// <item>A K code's deduction in a period never exceeds the regulatory limit, 50 % of that period's pay (rounded down to the penny).</item>
/// </list>
/// Arithmetic is exact: band limits are scaled by multiplying taxable pay by the periods in the year instead of
/// dividing the limits, so no rounding error can move a result across a penny.
/// </summary>
public static class PayeCalculator
{
    private const int PeriodsPerYearMonthly = 12;
    private const int PeriodsPerYearWeekly = 52;
    private const int CodeNumbersPerBlock = 500;

    /// <summary>Computes the period's tax.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="PayrollInputException">
    /// The period is outside 1–12 (monthly) or 1–54 and 56 (weekly), an amount is negative or above
    /// <see cref="PayrollLimits.MaxYearToDateAmount"/>, or a D code has no band in the tax year; the field is named.
    /// </exception>
    public static PayeResult Calculate(UkTaxYearParameters parameters, in PayeInput input)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validate(input);
        var code = input.TaxCode;
        var periodsPerYear = input.Frequency == UkPayFrequency.Weekly ? PeriodsPerYearWeekly : PeriodsPerYearMonthly;
        var nonCumulative = code.NonCumulative || input.Period > periodsPerYear;
        var n = nonCumulative ? 1 : input.Period;
        var basisPay = nonCumulative ? input.Pay : input.PreviousPayToDate + input.Pay;
        var bands = parameters.IncomeTax.For(code.Region);

        decimal adjustment = 0m, taxable = 0m, taxDue = 0m;
        switch (code.Kind)
        {
            case TaxCodeKind.Allowance:
                adjustment = PayAdjustmentPerPeriod(code.Number, input.Frequency) * n;
                taxable = UkRounding.DownToPound(Math.Max(0m, basisPay - adjustment));
                taxDue = Banded(bands, taxable, n, periodsPerYear);
                break;
            case TaxCodeKind.K:
                adjustment = PayAdjustmentPerPeriod(code.Number, input.Frequency) * n;
                taxable = UkRounding.DownToPound(basisPay + adjustment);
                taxDue = Banded(bands, taxable, n, periodsPerYear);
                break;
            case TaxCodeKind.FlatRate:
                var bandIndex = bands.BasicRateBand + code.FlatRateBand;
                if (bandIndex >= bands.Bands.Length)
                {
                    throw new PayrollInputException("?", "taxCode", new LocalText("Error.GB.NoBand", code.Text, parameters.TaxYear, code.Region));
                }

                taxable = UkRounding.DownToPound(basisPay);
                taxDue = UkRounding.DownToPenny(taxable * bands.Bands[bandIndex].Rate);
                break;
            case TaxCodeKind.NoTax:
                break;
        }

        var tax = nonCumulative ? taxDue : taxDue - input.PreviousTaxToDate;
        var limited = false;
        if (code.Kind == TaxCodeKind.K)
        {
            var limit = UkRounding.DownToPenny(input.Pay * parameters.IncomeTax.RegulatoryLimitRate);
            if (tax > limit)
            {
                tax = limit;
                limited = true;
            }
        }

        return new PayeResult(tax, taxDue, taxable, adjustment, n, limited,
            input.PreviousPayToDate + input.Pay, input.PreviousTaxToDate + tax);
    }

    /// <summary>
    /// Free pay (allowance codes) or additional pay (K codes) for one period of a code number, as Tables A give it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="codeNumber"/> is negative or above <see cref="TaxCode.MaxNumber"/>.</exception>
    public static decimal PayAdjustmentPerPeriod(int codeNumber, UkPayFrequency frequency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(codeNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codeNumber, TaxCode.MaxNumber);
        if (codeNumber == 0)
        {
            return 0m;
        }

        var periodsPerYear = frequency == UkPayFrequency.Weekly ? PeriodsPerYearWeekly : PeriodsPerYearMonthly;
        if (codeNumber <= CodeNumbersPerBlock)
        {
            return UkRounding.UpToPenny(((codeNumber * 10m) + 9m) / periodsPerYear);
        }

        var blocks = (codeNumber - 1) / CodeNumbersPerBlock;
        var remainder = ((codeNumber - 1) % CodeNumbersPerBlock) + 1;
        var perBlock = UkRounding.UpToPenny(CodeNumbersPerBlock * 10m / periodsPerYear);
        return (blocks * perBlock) + UkRounding.UpToPenny(((remainder * 10m) + 9m) / periodsPerYear);
    }

    // Σ over bands of (part of taxable pay in the band) × rate, with the band limits scaled to period n of P.
    // Scaled by P throughout (limit × n against taxable × P) so the only division is the last one.
    private static decimal Banded(IncomeTaxRegionBands bands, decimal taxable, int n, int periodsPerYear)
    {
        var scaledTaxable = taxable * periodsPerYear;
        decimal scaledTax = 0m, lower = 0m;
        foreach (var band in bands.Bands)
        {
            var upper = band.UpTo is { } upTo ? upTo * n : decimal.MaxValue;
            var top = Math.Min(scaledTaxable, upper);
            if (top > lower)
            {
                scaledTax += (top - lower) * band.Rate;
            }

            if (scaledTaxable <= upper)
            {
                break;
            }

            lower = upper;
        }

        return UkRounding.DownToPenny(scaledTax / periodsPerYear);
    }

    private static void Validate(in PayeInput input)
    {
        var maxPeriod = input.Frequency == UkPayFrequency.Weekly ? 56 : PeriodsPerYearMonthly;
        if (input.Period < 1 || input.Period > maxPeriod || input.Period == 55)
        {
            throw new PayrollInputException("?", "period",
                input.Frequency == UkPayFrequency.Weekly
                    ? new LocalText("Error.GB.NoTaxWeek", input.Period)
                    : new LocalText("Error.GB.NoTaxMonth", input.Period));
        }

        CheckAmount(input.Pay, "pay");
        CheckAmount(input.PreviousPayToDate, "yearToDate.taxablePay");
        if (input.PreviousTaxToDate < -PayrollLimits.MaxYearToDateAmount || input.PreviousTaxToDate > PayrollLimits.MaxYearToDateAmount)
        {
            throw new PayrollInputException("?", "yearToDate.taxPaid", new LocalText("Error.GB.TaxPaidBound", input.PreviousTaxToDate, PayrollLimits.MaxYearToDateAmount));
        }
    }

    private static void CheckAmount(decimal amount, string field)
    {
        if (amount < 0m || amount > PayrollLimits.MaxYearToDateAmount)
        {
            throw new PayrollInputException("?", field, new LocalText("Error.GB.AmountBound", amount, PayrollLimits.MaxYearToDateAmount));
        }
    }
}
