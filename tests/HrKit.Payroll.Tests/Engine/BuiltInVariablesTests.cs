using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// Every built-in name a policy formula may use (docs/payroll-policy.md, "Inputs") reads its own field of the input:
/// one info component per name, each input field given a value no other field has.
/// </summary>
public sealed class BuiltInVariablesTests
{
    private static readonly string[] Numbers =
    [
        "base_salary", "allowances_total", "scheduled_days", "worked_days", "unpaid_leave_days", "late_count", "late_minutes",
        "overtime_workday_hours", "overtime_restday_hours", "overtime_holiday_hours", "performance_bonus_base",
        "learning_bonus_factor", "proration_factor", "calendar_days", "month",
    ];

    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().WithPolicy(PayPolicyLoader.Parse($$"""
        { "name": "every built-in name", "components": [
          {{string.Join(",\n", Numbers.Select((n, i) => $$"""{ "code": "N{{i}}", "kind": "info", "formula": "{{n}}" }"""))}},
          { "code": "GRADE", "kind": "info", "formula": "performance_grade == 'B' ? 1 : 2" },
          { "code": "CITY", "kind": "info", "formula": "city == 'beijing' ? 1 : 2" },
          { "code": "DEPT", "kind": "info", "formula": "department == 'Payroll' ? 1 : 2" } ] }
        """)).Build();

    // February 2026 (28 days), joined on the 2nd so no year-to-date state is needed; proration given as 0.75.
    private static readonly Payslip Slip = Engine.Calculate(new EmployeeMonthInput
    {
        EmployeeId = "E1", Period = new YearMonth(2026, 2), City = "beijing", Department = "Payroll", BaseSalary = 10_000m,
        HireDate = new LocalDate(2026, 2, 2), ProrationFactor = 0.75m,
        Allowances = new Dictionary<string, decimal> { ["meal"] = 300m, ["transport"] = 200m },
        Attendance = new AttendanceInput(19.5m, 17m, 1.5m, 3, 45),
        Overtime = new OvertimeHours(4m, 8m, 6m),
        Performance = new PerformanceInput("B", 2_000m, 0.4m),
    });

    [Theory]
    [InlineData("base_salary", 10_000)]
    [InlineData("allowances_total", 500)]            // 300 + 200
    [InlineData("scheduled_days", 19.5)]
    [InlineData("worked_days", 17)]
    [InlineData("unpaid_leave_days", 1.5)]
    [InlineData("late_count", 3)]
    [InlineData("late_minutes", 45)]
    [InlineData("overtime_workday_hours", 4)]
    [InlineData("overtime_restday_hours", 8)]
    [InlineData("overtime_holiday_hours", 6)]
    [InlineData("performance_bonus_base", 2_000)]
    [InlineData("learning_bonus_factor", 0.4)]
    [InlineData("proration_factor", 0.75)]
    [InlineData("calendar_days", 28)]
    [InlineData("month", 2)]
    public void Formula_BuiltInNumber_ReadsItsField(string name, double expected) =>
        Assert.Equal((decimal)expected, Slip.Line($"N{Array.IndexOf(Numbers, name)}")!.Amount);

    [Theory]
    [InlineData("GRADE")]
    [InlineData("CITY")]
    [InlineData("DEPT")]
    public void Formula_BuiltInText_ReadsItsField(string code) => Assert.Equal(1m, Slip.Line(code)!.Amount);
}
