using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Payroll.Tests.Periods.PeriodTestData;

namespace HrKit.Payroll.Tests.Periods;

/// <summary>
/// The period workflow, run against every store (in-memory, SQLite, PostgreSQL) through one suite: a store passes when
/// the service behaves the same on it. Figures are computed by hand in the comments; the test city (PeriodTestData)
/// takes 10 % employee and 20 % employer pension on the declared base.
/// </summary>
public abstract partial class PayrollPeriodStoreBehaviour : IAsyncLifetime
{
    protected FakeClock Clock { get; } = new(Instant.FromUtc(2025, 4, 28, 9, 0));

    protected IPayrollPeriodStore Store { get; private set; } = null!;

    protected PayrollPeriodService Service { get; private set; } = null!;

    protected abstract Task<IPayrollPeriodStore> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.InitializeAsync();
        Service = new PayrollPeriodService(Store, TestEngine, Clock);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    protected PayrollPeriodService ServiceWith(PayrollEngine engine) => new(Store, engine, Clock);

    protected Task<PeriodRunSummary> RunAsync(params EmployeeMonthInput[] inputs) => Service.RunAsync(Company, Inputs(inputs));

    protected async Task<List<StoredPayslip>> RegisterAsync(YearMonth month) => await Service.RegisterAsync(Company, month).ToListAsync();

    protected async Task RunAndCloseAsync(YearMonth month, params EmployeeMonthInput[] inputs)
    {
        await RunAsync(inputs);
        await Service.CloseAsync(Company, month, "payroll-admin");
    }

    [Fact]
    public async Task RunAsync_SecondMonth_ReadsFirstMonthsYearToDateFromTheStore()
    {
        await RunAsync(Input("E1", Month(2025, 1), 10_000m, 10_000m));
        await RunAsync(Input("E1", Month(2025, 2), 10_000m, 10_000m));

        var feb = Assert.Single(await RegisterAsync(Month(2025, 2)));
        // Taxable a month: 10 000 − 5 000 − 1 000 pension = 4 000. Feb: 8 000 × 3 % − 120 withheld in Jan = 120.
        Assert.Equal(Month(2025, 1), feb.Input.YearToDate!.ThroughMonth);
        Assert.Equal(120m, feb.Input.YearToDate.TaxWithheld);
        Assert.Equal(120m, feb.Payslip.WageTax);
        Assert.Equal(8_000m, feb.YearToDate.TaxableIncome);
        Assert.Equal(240m, feb.YearToDate.TaxWithheld);
    }

    [Fact]
    public async Task RunAsync_MissingPreviousMonth_RejectsNamingEmployeeAndMonth_AndStoresNothing()
    {
        await RunAsync(Input("E1", Month(2025, 1), 10_000m, 10_000m), Input("E2", Month(2025, 1), 10_000m, 10_000m));
        await RunAsync(Input("E1", Month(2025, 2), 10_000m, 10_000m));
        var errors = new List<PayrollError>();

        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() => Service.RunAsync(Company,
            Inputs(Input("E1", Month(2025, 3), 10_000m, 10_000m), Input("E2", Month(2025, 3), 10_000m, 10_000m)),
            new PeriodRunOptions { OnResult = r => { if (!r.IsSuccess) errors.Add(r.Error); } }));

        var error = Assert.Single(errors);
        Assert.Equal("E2", error.EmployeeId);
        Assert.Equal("period", error.Field);
        Assert.Contains("no payslip is stored for 2025-02", error.Message, StringComparison.Ordinal);
        Assert.Contains("E2", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await RegisterAsync(Month(2025, 3)));
    }

    [Fact]
    public async Task RunAsync_EmployeeHiredThisMonth_NeedsNoPreviousMonth()
    {
        await RunAsync(Input("E1", Month(2025, 2), 10_000m, 10_000m) with { HireDate = new LocalDate(2025, 2, 1), YearToDate = null });

        var slip = Assert.Single(await RegisterAsync(Month(2025, 2)));
        Assert.Equal(120m, slip.Payslip.WageTax); // first month at this employer: 4 000 × 3 %
    }

    [Fact]
    public async Task RunAsync_FirstMonthKeptHereMidYear_TakesTheRecordsOwnYearToDate()
    {
        var ytd = new TaxYearToDate { ThroughMonth = Month(2025, 5), Income = 50_000m, BasicDeduction = 25_000m, SpecialDeductions = 5_000m, TaxWithheld = 600m };

        await RunAsync(Input("E1", Month(2025, 6), 10_000m, 10_000m) with { YearToDate = ytd });

        // 60 000 − 30 000 − 6 000 = 24 000 × 3 % = 720 − 600 = 120.
        Assert.Equal(120m, Assert.Single(await RegisterAsync(Month(2025, 6))).Payslip.WageTax);
    }

    [Fact]
    public async Task RunAsync_OpenMonthAgain_ReplacesTheWholeMonth()
    {
        await RunAsync(Input("E1", Month(2025, 1), 10_000m, 10_000m), Input("E2", Month(2025, 1), 10_000m, 10_000m));

        var summary = await RunAsync(Input("E1", Month(2025, 1), 12_000m, 10_000m));

        var slip = Assert.Single(await RegisterAsync(Month(2025, 1)));
        Assert.Equal(12_000m, slip.Payslip.GrossPay);
        Assert.Equal(2, summary.Replaced);
    }

    [Fact]
    public async Task RunAsync_ClosedMonth_IsRefused()
    {
        await RunAndCloseAsync(Month(2025, 1), Input("E1", Month(2025, 1), 10_000m, 10_000m));

        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() => RunAsync(Input("E1", Month(2025, 1), 12_000m, 10_000m)));

        Assert.Contains("closed", ex.Message, StringComparison.Ordinal);
        Assert.Equal(10_000m, Assert.Single(await RegisterAsync(Month(2025, 1))).Payslip.GrossPay);
    }

    [Fact]
    public async Task RunAsync_EarlierMonthWhileLaterMonthIsPaid_IsRefusedAndStoresNothing()
    {
        await RunAsync(Input("E1", Month(2025, 1), 10_000m, 10_000m));
        await RunAsync(Input("E1", Month(2025, 2), 10_000m, 10_000m));

        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() => RunAsync(Input("E1", Month(2025, 1), 12_000m, 10_000m)));

        Assert.Contains("2025-02 already has payslips", ex.Message, StringComparison.Ordinal);
        Assert.Equal(10_000m, Assert.Single(await RegisterAsync(Month(2025, 1))).Payslip.GrossPay);
    }

    [Fact]
    public async Task RunAsync_BothMonthsAgainInOneCall_ReplacesBoth()
    {
        await RunAsync(Input("E1", Month(2025, 1), 10_000m, 10_000m));
        await RunAsync(Input("E1", Month(2025, 2), 10_000m, 10_000m));

        await RunAsync(Input("E1", Month(2025, 1), 12_000m, 10_000m), Input("E1", Month(2025, 2), 12_000m, 10_000m));

        // Taxable 6 000 a month: Feb 12 000 × 3 % − 180 = 180.
        Assert.Equal(180m, Assert.Single(await RegisterAsync(Month(2025, 2))).Payslip.WageTax);
    }

    [Fact]
    public async Task RunAsync_RecordsOutOfMonthOrder_AreRefused()
    {
        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() =>
            RunAsync(Input("E1", Month(2025, 2), 10_000m, 10_000m) with { HireDate = new LocalDate(2025, 2, 1) }, Input("E2", Month(2025, 1), 10_000m, 10_000m)));

        Assert.Contains("month order", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await RegisterAsync(Month(2025, 2)));
    }

    [Fact]
    public async Task RunAsync_BadRecordWithinAllowedShare_StoresTheOthers()
    {
        var summary = await Service.RunAsync(Company,
            Inputs(Input("E1", Month(2025, 1), 10_000m, 10_000m), Input("E2", Month(2025, 1), -1m, 10_000m)),
            new PeriodRunOptions { MaxErrorRate = 0.5m });

        Assert.Equal((2L, 1L, 1L), (summary.Read, summary.Paid, summary.Rejected));
        Assert.Equal("E1", Assert.Single(await RegisterAsync(Month(2025, 1))).EmployeeId);
    }

    // 国家税务总局公告2018年第61号, second worked example: 30 000 a month, special deductions 4 500 (here: 10 % pension on
    // a declared base of 45 000), child education 1 000 + elderly support 1 000. Jan 555, Feb 625, Mar–Jul 1 850,
    // Aug 2 250, Sep–Dec 3 700 (the figures tests/HrKit.Payroll.Tests/Jurisdictions/China/CumulativeWithholdingTests hold).
    [Fact]
    public async Task RunAsync_TwelveMonthsOfOfficialExample2InOneCall_GivesItsTwelveWithholdingFigures()
    {
        var months = Enumerable.Range(1, 12).Select(m => Input("W1", Month(2019, m), 30_000m, 45_000m) with
        {
            SpecialAdditionalDeductions = new SpecialAdditionalDeductions { ChildEducation = 1_000m, ElderlySupport = 1_000m },
        }).ToArray();

        var summary = await RunAsync(months);

        var taxes = await Service.EmployeeHistoryAsync(Company, "W1", 2019).Select(p => p.Payslip.WageTax).ToListAsync();
        Assert.Equal(12, summary.Paid);
        Assert.Equal([555m, 625m, 1_850m, 1_850m, 1_850m, 1_850m, 1_850m, 2_250m, 3_700m, 3_700m, 3_700m, 3_700m], taxes);
        Assert.Equal(27_480m, (await Service.YearToDateAsync(Company, "W1", Month(2019, 12)))!.TaxWithheld);
    }
}
