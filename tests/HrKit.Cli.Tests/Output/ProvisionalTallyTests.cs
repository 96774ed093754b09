using HrKit.Cli.Output;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Cli.Tests.Output;

public sealed class ProvisionalTallyTests
{
    private static Payslip Slip(string city, int month) => new()
    {
        EmployeeId = "E" + month,
        Period = new YearMonth(2026, month),
        Lines = [],
        YearToDate = TaxYearToDate.Empty,
        ProvisionalContributions = city.Length == 0 ? null : new ContributionCarryForward(
            city, new YearMonth(2026, month), new YearMonth(2026, 7), new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30), month - 6, $"{city} reason {month}"),
    };

    [Fact]
    public void Lines_PayslipsOfTwoCitiesAndMonths_OneLinePerCityAndMonthInOrderWithCounts()
    {
        var tally = new ProvisionalTally();

        foreach (var slip in new[] { Slip("shanghai", 11), Slip("beijing", 11), Slip("", 1), Slip("beijing", 11), Slip("beijing", 8) })
        {
            tally.Add(slip);
        }

        Assert.Equal(4, tally.Payslips);
        Assert.Equal(
            ["beijing 2026-08, 1 payslip: beijing reason 8", "beijing 2026-11, 2 payslips: beijing reason 11", "shanghai 2026-11, 1 payslip: shanghai reason 11"],
            tally.Lines());
    }

    [Fact]
    public void Lines_NoProvisionalPayslip_Empty()
    {
        var tally = new ProvisionalTally();

        tally.Add(Slip("", 1));

        Assert.Equal(0, tally.Payslips);
        Assert.Empty(tally.Lines());
    }
}
