using HrKit.Payroll;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using NodaTime;
using NSubstitute;

namespace HrKit.Mocking.Tests;

public sealed class PayrollEngineMockingTests
{
    // A host's code under test: pays a roster and lists who could not be paid.
    private sealed class PayrollRun(PayrollEngine engine)
    {
        public IReadOnlyList<string> Unpaid(IEnumerable<EmployeeMonthInput> roster) =>
            [.. engine.CalculateMany(roster).Where(r => !r.IsSuccess).Select(r => r.Error!.EmployeeId)];
    }

    private static EmployeeMonthInput Input(string id) => new() { EmployeeId = id, Period = new YearMonth(2025, 6), City = "Shanghai" };

    [Fact]
    public void CalculateMany_Mocked_HostSeesTheMockedErrors()
    {
        var engine = Substitute.For<PayrollEngine>();
        engine.CalculateMany(Arg.Any<IEnumerable<EmployeeMonthInput>>(), Arg.Any<CancellationToken>())
            .Returns([PayrollResult.Failure(0, new PayrollError("E1", "baseSalary", "is negative"))]);

        var unpaid = new PayrollRun(engine).Unpaid([Input("E1")]);

        Assert.Equal(["E1"], unpaid);
    }

    [Fact]
    public void Calculate_MockedToThrow_HostCatchesTheFamily()
    {
        var engine = Substitute.For<PayrollEngine>();
        engine.Calculate(Arg.Any<EmployeeMonthInput>()).Returns(_ => throw new PayrollInputException("E1", "overtime.workday", "is above 744 hours"));

        var ex = Assert.Throws<PayrollInputException>(() => engine.Calculate(Input("E1")));

        Assert.Equal(new HrKitErrorTarget(Record: "E1", Field: "overtime.workday"), ex.Target);
    }
}
