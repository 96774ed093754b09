using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>Invariants that hold for every input, checked on generated employees.</summary>
public sealed class PayrollPropertyTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();
    private static readonly string[] Cities = ["beijing", "shanghai", "shenzhen", "guangzhou"];

    private static decimal Fen(int value, int max) => Math.Abs(value % (max * 100)) / 100m;

    [Property(MaxTest = 300)]
    public bool Calculate_AnyEmployee_NetPayReconcilesAndEveryMoneyLineIsInFen(
        int salary, int allowance, int overtime, int leave, byte city, bool bonus, int ytdIncome)
    {
        var input = new EmployeeMonthInput
        {
            EmployeeId = "P",
            Period = new YearMonth(2025, 3),
            City = Cities[city % Cities.Length],
            BaseSalary = Fen(salary, 200_000),
            Allowances = new Dictionary<string, decimal> { ["meal"] = Fen(allowance, 3_000) },
            Overtime = new OvertimeHours(Fen(overtime, 60), Fen(overtime / 7, 16), Fen(overtime / 13, 24)),
            Attendance = new AttendanceInput(21m, 21m, Math.Abs(leave % 5), Math.Abs(leave % 3), 0),
            AnnualBonus = bonus ? Fen(salary / 3, 500_000) : 0m,
            YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 2), Income = Fen(ytdIncome, 400_000), BasicDeduction = 10_000m },
        };

        var slip = Engine.Calculate(input);
        var deductedFromGross = slip.EmployeeContributions + slip.WageTax + slip.BonusTax + slip.PostTaxDeductions;
        var moneyLinesInFen = slip.Lines.Where(l => l.Kind != PayslipLineKind.Info).All(l => l.Amount == Math.Round(l.Amount, 2));
        var earnings = slip.Lines.Where(l => l.Kind == PayslipLineKind.Earning).Sum(l => l.Amount);
        var preTax = slip.Lines.Where(l => l.Kind == PayslipLineKind.Deduction && l.Code is "UNPAID_LEAVE" or "LATE").Sum(l => l.Amount);
        return slip.NetPay == slip.GrossPay - deductedFromGross
            && slip.GrossPay == earnings - preTax
            && slip.EmployerCost == slip.GrossPay + slip.EmployerContributions
            && slip.WageTax >= 0 && slip.BonusTax >= 0
            && moneyLinesInFen;
    }

    [Property(MaxTest = 200)]
    public bool CumulativeWithholding_AnyYear_WithheldEqualsRunningMaximumOfCumulativeTax(int[] monthlyIncomes)
    {
        var ytd = TaxYearToDate.Empty;
        var runningMax = 0m;
        for (var m = 0; m < Math.Min(12, monthlyIncomes.Length); m++)
        {
            var r = CumulativeWithholding.Calculate(new YearMonth(2026, m + 1), ytd, new(Fen(monthlyIncomes[m], 150_000), 0, 1_000m, 0, 0));
            runningMax = Math.Max(runningMax, r.CumulativeTax);
            if (r.TaxThisMonth < 0 || r.YearToDate.TaxWithheld != runningMax)
            {
                return false;
            }

            ytd = r.YearToDate;
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool AnnualBonusTax_AnyBonus_IsInFenAndBelowTopRate(int bonus)
    {
        var amount = Fen(bonus, 2_000_000);
        var (tax, _) = AnnualBonusTax.Calculate(amount);
        return tax >= 0 && tax <= amount * 0.45m && tax == Math.Round(tax, 2);
    }
}
