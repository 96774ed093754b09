using FsCheck.Xunit;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Payroll.Tests.Periods.PeriodTestData;

namespace HrKit.Payroll.Tests.Periods;

/// <summary>Invariants of the period workflow on generated salaries (in-memory store; the stores agree by the behaviour suite).</summary>
public sealed class PeriodPropertyTests
{
    private static PayrollPeriodService NewService() =>
        new(new InMemoryPayrollPeriodStore(), TestEngine, new FakeClock(Instant.FromUtc(2025, 12, 31, 0, 0)));

    private static decimal Yuan(int value, int min, int max) => min + Math.Abs(value % (max - min + 1));

    // Several months in one call carry the year-to-date exactly as running them one call at a time.
    [Property(MaxTest = 40)]
    public bool RunAsync_MonthsInOneCall_EqualMonthsRunOneByOne(int first, int second, int third, byte months)
    {
        var salaries = new[] { first, second, third };
        var inputs = Enumerable.Range(1, 1 + months % 12)
            .Select(m => Input("P", Month(2025, m), Yuan(salaries[m % 3], 3_000, 200_000), 10_000m)).ToArray();
        var together = NewService();
        var oneByOne = NewService();

        together.RunAsync(Company, Inputs(inputs)).GetAwaiter().GetResult();
        foreach (var input in inputs)
        {
            oneByOne.RunAsync(Company, Inputs(input)).GetAwaiter().GetResult();
        }

        var a = History(together);
        var b = History(oneByOne);
        return a.Count == inputs.Length
            && a.Zip(b).All(p => p.First.Payslip.NetPay == p.Second.Payslip.NetPay && p.First.YearToDate == p.Second.YearToDate)
            && a.Skip(1).Zip(a).All(p => p.First.Input.YearToDate == p.Second.YearToDate);
    }

    // A raise paid late through retro ends where paying it on time would have: the same year-to-date (income, tax
    // withheld) and the same total net pay, to the fen.
    [Property(MaxTest = 40)]
    public bool RetroAsync_RaisePaidLate_EndsWhereARaisePaidOnTimeWould(int salary, int raise, byte closed)
    {
        var s = Yuan(salary, 3_000, 150_000);
        var r = Yuan(raise, 1, 30_000);
        var k = 1 + closed % 5;
        var settle = Month(2025, k + 1);
        var late = NewService();
        for (var m = 1; m <= k; m++)
        {
            late.RunAsync(Company, Inputs(Input("P", Month(2025, m), s, 10_000m))).GetAwaiter().GetResult();
            late.CloseAsync(Company, Month(2025, m), "test").GetAwaiter().GetResult();
        }

        late.RetroAsync(new RetroRequest(Company, settle, "test", "raise")
        {
            Corrections = [.. Enumerable.Range(1, k).Select(m => Input("P", Month(2025, m), s + r, 10_000m))],
        }).GetAwaiter().GetResult();
        late.RunAsync(Company, Inputs(Input("P", settle, s + r, 10_000m))).GetAwaiter().GetResult();
        var onTime = NewService();
        onTime.RunAsync(Company, Inputs([.. Enumerable.Range(1, k + 1).Select(m => Input("P", Month(2025, m), s + r, 10_000m))])).GetAwaiter().GetResult();

        var paidLate = History(late).Where(p => p.Kind == StoredPayslipKind.Paid).ToList();
        var paidOnTime = History(onTime);
        return paidLate[^1].YearToDate.Income == paidOnTime[^1].YearToDate.Income
            && paidLate[^1].YearToDate.TaxWithheld == paidOnTime[^1].YearToDate.TaxWithheld
            && paidLate.Sum(p => p.Payslip.NetPay) == paidOnTime.Sum(p => p.Payslip.NetPay);
    }

    // Correcting closed months with what they already had changes nothing: no settlement, nothing superseded.
    [Property(MaxTest = 20)]
    public bool RetroAsync_UnchangedInputs_SettlesNothing(int salary, byte closed)
    {
        var s = Yuan(salary, 3_000, 150_000);
        var k = 1 + closed % 4;
        var service = NewService();
        for (var m = 1; m <= k; m++)
        {
            service.RunAsync(Company, Inputs(Input("P", Month(2025, m), s, 10_000m))).GetAwaiter().GetResult();
            service.CloseAsync(Company, Month(2025, m), "test").GetAwaiter().GetResult();
        }

        var summary = service.RetroAsync(new RetroRequest(Company, Month(2025, k + 1), "test", "check")
        {
            Corrections = [.. Enumerable.Range(1, k).Select(m => Input("P", Month(2025, m), s, 10_000m))],
        }).GetAwaiter().GetResult();

        return summary.Settlements == 0 && summary.MonthsRecalculated == 0 && History(service).All(p => !p.IsSuperseded);
    }

    private static List<StoredPayslip> History(PayrollPeriodService service) =>
        service.EmployeeHistoryAsync(Company, "P", 2025).ToBlockingEnumerable().ToList();
}
