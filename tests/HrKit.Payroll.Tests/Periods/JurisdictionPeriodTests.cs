using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using HrKit.Payroll.Tests.Jurisdictions.Template;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Payroll.Tests.Periods;

/// <summary>A jurisdiction pack other than China mainland (the test template, tax year from April) through the period store.</summary>
public sealed class JurisdictionPeriodTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().WithJurisdiction(TemplatePack.Instance).Build();

    private static EmployeeMonthInput Month(int year, int month, decimal baseSalary) =>
        new() { EmployeeId = "Z1", Jurisdiction = "ZZ", Period = new YearMonth(year, month), BaseSalary = baseSalary };

    // The figures of TemplatePackTests: April 475 tax; May (base capped at 6 000) 1 685 cumulative − 475 = 1 210.
    [Fact]
    public async Task RunAsync_PackTaxYearStartingInApril_CarriesThePacksStateFromTheStore()
    {
        var service = new PayrollPeriodService(new InMemoryPayrollPeriodStore(), Engine, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

        await service.RunAsync("acme", new[] { Month(2026, 4, 5_000m) }.ToAsyncEnumerable());
        await service.RunAsync("acme", new[] { Month(2026, 5, 8_000m) }.ToAsyncEnumerable());

        var may = Assert.Single(await service.RegisterAsync("acme", new YearMonth(2026, 5)).ToListAsync());
        Assert.Equal(1_210m, may.Payslip.WageTax);
        Assert.Equal(475m, may.Input.JurisdictionYearToDate!.Get("taxPaid"));
    }
}
