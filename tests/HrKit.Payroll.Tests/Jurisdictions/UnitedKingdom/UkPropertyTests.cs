using FsCheck.Xunit;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>Invariants of PAYE and NICs on generated inputs.</summary>
public sealed class UkPropertyTests
{
    private static readonly UkTaxYearParameters TaxYear = UkParameters.BuiltIn.ForDate(new LocalDate(2025, 4, 6));
    private static readonly string[] Codes = ["1257L", "S1257L", "C1257L", "0T", "K475", "SK1200", "BR", "SD2", "D1", "NT", "1257L M1", "K99 W1"];

    private static decimal Pence(int value, int maxPounds) => Math.Abs(value % (maxPounds * 100)) / 100m;

    // More pay never means less tax due: each band's rate is positive and taxable pay only grows with pay.
    [Property(MaxTest = 500)]
    public bool Calculate_MorePay_NeverLessTaxDue(byte codeIndex, bool weekly, byte period, int pay, int extra, int previousPay)
    {
        var code = TaxCode.Parse(Codes[codeIndex % Codes.Length]);
        var frequency = weekly ? UkPayFrequency.Weekly : UkPayFrequency.Monthly;
        var n = 1 + (period % (weekly ? 52 : 12));
        var less = new PayeInput(code, frequency, n, Pence(pay, 50_000), Pence(previousPay, 500_000));
        var more = less with { Pay = less.Pay + Pence(extra, 10_000) };

        return PayeCalculator.Calculate(TaxYear, more).TaxDue >= PayeCalculator.Calculate(TaxYear, less).TaxDue;
    }

    // A K code never takes more than half the period's pay, whatever is owed.
    [Property(MaxTest = 500)]
    public bool Calculate_KCode_NeverAboveHalfOfPay(int number, byte period, int pay, int previousPay)
    {
        var code = TaxCode.Parse("K" + (1 + Math.Abs(number % TaxCode.MaxNumber)));
        var input = new PayeInput(code, UkPayFrequency.Monthly, 1 + (period % 12), Pence(pay, 20_000), Pence(previousPay, 200_000));

        var result = PayeCalculator.Calculate(TaxYear, input);

        return result.Tax <= input.Pay / 2 && result.Tax == decimal.Round(result.Tax, 2);
    }

    // At month 12 the cumulative basis has given the whole year's allowance and bands, so the tax deducted over the
    // year equals the annual computation on the year's pay, however unevenly it was paid: 1257L gives 12 × 1 048.26 =
    // 12 579.12 free, then 20 % to 37 700, 40 % to 125 140, 45 % above (HMRC, Rates and thresholds 2025 to 2026).
    [Property(MaxTest = 200)]
    public bool Calculate_CumulativeYear_DeductionsEqualAnnualTaxOnAnnualPay(int[] pays)
    {
        var code = TaxCode.Parse("1257L");
        decimal payToDate = 0m, taxToDate = 0m, deducted = 0m;
        for (var month = 1; month <= 12; month++)
        {
            var pay = pays.Length == 0 ? 0m : Pence(pays[month % pays.Length], 30_000);
            var result = PayeCalculator.Calculate(TaxYear, new PayeInput(code, UkPayFrequency.Monthly, month, pay, payToDate, taxToDate));
            (payToDate, taxToDate) = (result.PayToDate, result.TaxToDate);
            deducted += result.Tax;
        }

        var taxable = Math.Floor(Math.Max(0m, payToDate - 12_579.12m));
        var annual = (Math.Min(taxable, 37_700m) * 0.20m)
            + (Math.Clamp(taxable - 37_700m, 0m, 125_140m - 37_700m) * 0.40m)
            + (Math.Max(0m, taxable - 125_140m) * 0.45m);
        return deducted == annual;
    }

    // The exact percentage method's rounding moves a contribution by at most 0.6p, and never below zero.
    [Property(MaxTest = 500)]
    public bool Calculate_NationalInsurance_RoundingWithinSixTenthsOfAPenny(byte categoryIndex, int earnings)
    {
        var categories = TaxYear.NationalInsurance.Categories.Values.OrderBy(c => c.Letter).ToArray();
        var category = categories[categoryIndex % categories.Length];
        var pay = Pence(earnings, 20_000);
        var t = TaxYear.NationalInsurance.Monthly;

        var result = NationalInsuranceCalculator.Calculate(TaxYear, UkPayFrequency.Monthly, category.Letter, pay);

        var exactEmployee = pay < t.Lel ? 0m
            : (Math.Max(0m, Math.Min(pay, t.Uel) - t.Pt) * category.EmployeeMainRate) + (Math.Max(0m, pay - t.Uel) * category.EmployeeAdditionalRate);
        return result.Employee >= 0m && Math.Abs(result.Employee - exactEmployee) <= 0.006m;
    }
}
