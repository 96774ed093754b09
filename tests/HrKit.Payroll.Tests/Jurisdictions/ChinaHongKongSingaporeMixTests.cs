using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.Singapore;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>One run paying China mainland, Hong Kong and Singapore employees together with the built-in packs.</summary>
public sealed class ChinaHongKongSingaporeMixTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(2).WithBatchSize(16).Build();

    private static readonly EmployeeMonthInput[] Inputs =
    [
        new() { EmployeeId = "CN1", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 12_000m },
        new() { EmployeeId = "HK1", Jurisdiction = "HK", Period = new YearMonth(2026, 1), BaseSalary = 35_000m },
        new()
        {
            EmployeeId = "SG1", Jurisdiction = "sg", Period = new YearMonth(2026, 1), BaseSalary = 6_000m,
            JurisdictionInput = new SingaporeInput { DateOfBirth = new LocalDate(1985, 2, 2), Residency = CpfResidency.Citizen },
        },
        new() { EmployeeId = "HK2", Jurisdiction = "HK", Period = new YearMonth(2026, 1), BaseSalary = 6_000m },
    ];

    [Fact]
    public void CalculateMany_MixedRun_EachEmployeePaidByItsPackAsWhenPaidAlone()
    {
        var results = Engine.CalculateMany(Inputs).ToList();
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Message));
        var payslips = results.Select(r => r.Payslip!).ToList();
        var summaries = Engine.CalculateManySummaries(Inputs).Select(r => r.Summary).ToList();

        Assert.Equal(["CN", "HK", "SG", "HK"], payslips.Select(p => p.Jurisdiction));
        for (var i = 0; i < Inputs.Length; i++)
        {
            var alone = Engine.Calculate(Inputs[i]);
            Assert.Equal(alone.NetPay, payslips[i].NetPay);
            Assert.Equal(alone.NetPay, summaries[i].NetPay);
            Assert.Equal(alone.EmployerCost, summaries[i].EmployerCost);
        }

        // HK1 above the maximum level: 1,500 each. SG1: 37 % of 6,000 = 2,220, employee 1,200; SDL 11.25.
        // HK2 below the minimum level: employee nothing, employer 5 % = 300.
        Assert.Equal(33_500m, payslips[1].NetPay);
        Assert.Equal(4_800m, payslips[2].NetPay);
        Assert.Equal(6_000m + 1_020m + 11.25m, payslips[2].EmployerCost);
        Assert.Equal(6_000m, payslips[3].NetPay);
        Assert.Equal(6_300m, payslips[3].EmployerCost);
    }
}
