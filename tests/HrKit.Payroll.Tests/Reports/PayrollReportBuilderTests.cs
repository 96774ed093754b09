using System.Collections.Immutable;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using NodaTime;

namespace HrKit.Payroll.Tests.Reports;

public sealed class PayrollReportBuilderTests
{
    private static Payslip Slip(string dept, decimal basePay, decimal overtime, decimal employer) => new()
    {
        EmployeeId = Guid.NewGuid().ToString(),
        Department = dept,
        Period = new YearMonth(2026, 1),
        Lines =
        [
            new PayslipLine("BASE", "Base", PayslipLineKind.Earning, basePay, ""),
            new PayslipLine("OT_WORKDAY", "OT", PayslipLineKind.Earning, overtime, ""),
            new PayslipLine("HOURLY_RATE", "Rate", PayslipLineKind.Info, 57.47m, ""),
        ],
        GrossPay = basePay + overtime,
        NetPay = basePay + overtime,
        EmployerContributions = employer,
        EmployerCost = basePay + overtime + employer,
        YearToDate = TaxYearToDate.Empty,
    };

    [Fact]
    public void Build_TwoDepartments_ComputesSharesAndFlagsOvertimeAboveThreshold()
    {
        var report = new PayrollReportBuilder(0.20m).Build(
        [
            Slip("R&D", 10_000m, 3_000m, 2_000m),
            Slip("R&D", 8_000m, 1_000m, 1_000m),
            Slip("Sales", 9_000m, 500m, 500m),
        ]);

        // R&D: overtime 4 000 of gross 22 000 = 0.1818…; Sales: 500 / 9 500 = 0.0526.
        var rd = report.OvertimeShares.Single(r => r.Department == "R&D");
        Assert.Equal(0.1818m, rd.Share);
        Assert.False(rd.IsAlert);
        Assert.Equal(0.0526m, report.OvertimeShares.Single(r => r.Department == "Sales").Share);
        // Cost: R&D 25 000, Sales 10 000 of 35 000 → 0.7143 and 0.2857.
        Assert.Equal([0.7143m, 0.2857m], report.DepartmentCosts.Select(d => d.ShareOfCost));
        Assert.Equal(2, report.DepartmentCosts[0].Headcount);
        // Structure: BASE 27 000 of gross 31 500 = 0.8571; info lines are excluded.
        var basePay = report.PayStructure.Single(r => r.Code == "BASE");
        Assert.Equal(27_000m, basePay.Total);
        Assert.Equal(0.8571m, basePay.ShareOfGross);
        Assert.DoesNotContain(report.PayStructure, r => r.Code == "HOURLY_RATE");
        Assert.Empty(report.Alerts);
    }

    [Fact]
    public void Build_OvertimeAboveThreshold_RaisesAlertNamingDepartment()
    {
        var report = new PayrollReportBuilder(0.10m).Build([Slip("Ops", 6_000m, 2_000m, 0m)]);

        var alert = Assert.Single(report.Alerts);
        Assert.Contains("'Ops'", alert, StringComparison.Ordinal);
        Assert.Contains("25%", alert, StringComparison.Ordinal); // 2 000 / 8 000
    }

    [Fact]
    public void Build_NoPayslips_GivesEmptyReport()
    {
        var report = new PayrollReportBuilder().Build(ImmutableArray<Payslip>.Empty);

        Assert.Equal(0, report.Payslips);
        Assert.Empty(report.DepartmentCosts);
    }
}
