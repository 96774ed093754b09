using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>A valid January employee and the standard engine, shared by the validation tests.</summary>
internal static class SampleInputs
{
    public static PayrollEngine StandardEngine { get; } = new PayrollEngineBuilder().Build();

    public static EmployeeMonthInput Valid => new()
    {
        EmployeeId = "E1",
        Period = new YearMonth(2026, 1),
        City = "beijing",
        BaseSalary = 10_000m,
    };
}
