using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using static HrKit.Payroll.Tests.Periods.PeriodTestData;

namespace HrKit.Payroll.Tests.Periods;

public abstract partial class PayrollPeriodStoreBehaviour
{
    private async Task CloseFirstQuarterAsync(Func<int, EmployeeMonthInput> input)
    {
        for (var m = 1; m <= 3; m++)
        {
            await RunAndCloseAsync(Month(2025, m), input(m));
        }
    }

    private static Task<RetroSummary> RetroAsync(PayrollPeriodService service, params EmployeeMonthInput[] corrections) =>
        service.RetroAsync(new RetroRequest(Company, Month(2025, 4), "alice", "raise approved 2025-04-20") { Corrections = corrections });

    // Jan–Mar paid 10 000 (taxable 4 000 a month → 120 tax each, 360 withheld). A raise to 12 000 from January is approved
    // in April. Recalculated: taxable 6 000 a month → 180 each; BASE +2 000 × 3 = 6 000 paid in April. April: cumulative
    // taxable 24 000 × 3 % = 720 − 360 actually withheld = 360 (its own 180 + the 3 × 60 shortfall).
    [Fact]
    public async Task RetroAsync_RaiseBackdatedThreeMonths_PaysTheDifferenceInTheOpenMonth()
    {
        await CloseFirstQuarterAsync(m => Input("R1", Month(2025, m), 10_000m, 10_000m));

        await RetroAsync(Service, [.. Enumerable.Range(1, 3).Select(m => Input("R1", Month(2025, m), 12_000m, 10_000m))]);
        await RunAsync(Input("R1", Month(2025, 4), 12_000m, 10_000m));

        var april = Assert.Single(await RegisterAsync(Month(2025, 4))).Payslip;
        Assert.Equal(6_000m, april.Line("RETRO_BASE")!.Amount);
        Assert.Equal(18_000m, april.GrossPay);
        Assert.Equal(360m, april.WageTax);
        Assert.Equal(16_640m, april.NetPay);            // 18 000 − 1 000 pension − 360
        Assert.Equal(20_000m, april.EmployerCost);      // 12 000 + 2 000 + 6 000
        Assert.Equal(180m, april.Line("RETRO_IIT")!.Amount);  // shown: 3 × (180 − 120)
        Assert.Equal(PayslipLineKind.Info, april.Line("RETRO_IIT")!.Kind);
        Assert.Contains("2025-02: original 10,000.00, recalculated 12,000.00, delta +2,000.00", april.Line("RETRO_BASE")!.Explanation, StringComparison.Ordinal);
        Assert.Equal(720m, april.YearToDate.TaxWithheld);
    }

    [Fact]
    public async Task RetroAsync_ClosedMonths_StayAsPaidMarkedSupersededBesideTheirRecalculation()
    {
        await CloseFirstQuarterAsync(m => Input("R1", Month(2025, m), 10_000m, 10_000m));

        var summary = await RetroAsync(Service, [.. Enumerable.Range(1, 3).Select(m => Input("R1", Month(2025, m), 12_000m, 10_000m))]);

        var february = await RegisterAsync(Month(2025, 2));
        Assert.Equal(2, february.Count);
        var paid = Assert.Single(february, p => p.Kind == StoredPayslipKind.Paid);
        var recalculated = Assert.Single(february, p => p.Kind == StoredPayslipKind.Recalculated);
        Assert.True(paid.IsSuperseded);
        Assert.Equal((10_000m, 120m), (paid.Payslip.GrossPay, paid.Payslip.WageTax));
        Assert.False(recalculated.IsSuperseded);
        Assert.Equal((12_000m, 180m, 2, Month(2025, 4)), (recalculated.Payslip.GrossPay, recalculated.Payslip.WageTax, recalculated.Revision, recalculated.SettledIn!.Value));
        Assert.Equal((1, 3), (summary.Settlements, summary.MonthsRecalculated));
        Assert.Equal(PeriodStatus.Closed, await Store.GetStatusAsync(Company, Month(2025, 2)));
        // YTD as of March: the recalculated figures, with the tax actually withheld.
        var march = (await Service.YearToDateAsync(Company, "R1", Month(2025, 3)))!;
        Assert.Equal((36_000m, 360m), (march.Income, march.TaxWithheld));
    }

    // Feb: 8 hours of working-day overtime approved in April. 10 875 / 21.75 / 8 = 62.50 an hour × 1.5 × 8 = 750.
    // Paid: taxable 4 875 a month → 146.25 tax each, 438.75 withheld through March. Recalculated Feb: 10 500 × 3 % − 146.25
    // = 168.75. April: cumulative taxable 20 250 × 3 % = 607.50 − 438.75 = 168.75; gross 10 875 + 750 = 11 625.
    [Fact]
    public async Task RetroAsync_OvertimeApprovedLate_PaysItWithCumulativeTax()
    {
        await CloseFirstQuarterAsync(m => Input("O1", Month(2025, m), 10_875m, 10_000m));
        await RunAsync(Input("O1", Month(2025, 4), 10_875m, 10_000m));

        var summary = await RetroAsync(Service, Input("O1", Month(2025, 2), 10_875m, 10_000m) with { Overtime = new() { Workday = 8m } });

        var april = Assert.Single(await RegisterAsync(Month(2025, 4))).Payslip;
        Assert.Equal(750m, april.Line("RETRO_OT_WORKDAY")!.Amount);
        Assert.Equal(22.50m, april.Line("RETRO_IIT")!.Amount);
        Assert.Equal(11_625m, april.GrossPay);
        Assert.Equal(168.75m, april.WageTax);
        Assert.Equal(10_456.25m, april.NetPay);         // 11 625 − 1 000 − 168.75
        Assert.Equal(1, summary.SettlementPayslipsUpdated);
        // March's own figures did not change, but its year-to-date did: it is recalculated too.
        Assert.Equal(2, summary.MonthsRecalculated);
    }

    // The city's pension rates were published wrong: 10 %/20 % instead of 11 %/22 %. On a base of 10 000: employee
    // +100 and employer +200 a month. Paid taxable 4 000 → 120 a month (360 withheld); recalculated 3 900 → 117 a month.
    // April on the corrected table: cumulative taxable 15 600 × 3 % = 468 − 360 = 108; employee contributions
    // 1 100 + 300 retro; net 10 000 − 1 400 − 108 = 8 492; employer contributions 2 200 + 600.
    [Fact]
    public async Task RetroAsync_ContributionTableCorrected_RecomputesEveryoneFromTheFirstMonth()
    {
        await CloseFirstQuarterAsync(m => Input("T1", Month(2025, m), 10_000m, 10_000m));
        var corrected = ServiceWith(CorrectedEngine);

        var summary = await corrected.RetroAsync(new RetroRequest(Company, Month(2025, 4), "alice", "2025 pension rates corrected") { From = Month(2025, 1) });
        await corrected.RunAsync(Company, Inputs(Input("T1", Month(2025, 4), 10_000m, 10_000m)));

        var april = Assert.Single(await RegisterAsync(Month(2025, 4))).Payslip;
        Assert.Equal(300m, april.Line("RETRO_PENSION_EE")!.Amount);
        Assert.Equal(600m, april.Line("RETRO_PENSION_ER")!.Amount);
        Assert.Equal(-9m, april.Line("RETRO_IIT")!.Amount);
        Assert.Equal(108m, april.WageTax);
        Assert.Equal(1_400m, april.EmployeeContributions);
        Assert.Equal(8_492m, april.NetPay);
        Assert.Equal(2_800m, april.EmployerContributions);
        Assert.Equal((1, 3), (summary.EmployeesRecalculated, summary.MonthsRecalculated));
    }

    [Fact]
    public async Task RetroAsync_CorrectingAnOpenMonth_IsRefused()
    {
        await RunAndCloseAsync(Month(2025, 1), Input("R1", Month(2025, 1), 10_000m, 10_000m));
        await RunAsync(Input("R1", Month(2025, 2), 10_000m, 10_000m));

        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() =>
            Service.RetroAsync(new RetroRequest(Company, Month(2025, 3), "alice", "raise") { Corrections = [Input("R1", Month(2025, 2), 12_000m, 10_000m)] }));

        Assert.Contains("2025-02", ex.Message, StringComparison.Ordinal);
        Assert.Contains("open", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetroAsync_WithoutReason_IsRefused()
    {
        await Assert.ThrowsAsync<PayrollPeriodException>(() =>
            Service.RetroAsync(new RetroRequest(Company, Month(2025, 4), "alice", "") { From = Month(2025, 1) }));
    }
}
