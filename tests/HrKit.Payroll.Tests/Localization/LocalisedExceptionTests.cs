using System.Globalization;
using System.Text;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using HrKit.Payroll.Policies;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Payroll.Tests.Localization;

/// <summary>
/// Issue 15: <see cref="HrKitException.GetMessage"/> shows a payroll refusal in the user's language, naming the same
/// file, field, month or rule as <see cref="Exception.Message"/>, which stays English (for logs).
/// </summary>
public sealed class LocalisedExceptionTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private static PayPolicyException PolicyRefused(string json) =>
        Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "company.json"));

    [Fact]
    public void GetMessage_PolicyWithUnknownNameAndKind_ChineseListNamesComponentAndField()
    {
        var ex = PolicyRefused("""{ "name": "Acme", "components": [ { "code": "BASE", "kind": "salary", "formula": "base_salery * 1" } ] }""");

        Assert.Equal(
            "Pay policy 'Acme' has 2 error(s):" + Environment.NewLine
            + "  - BASE.kind: 'salary' is not a kind; use earning, deduction, postTaxDeduction, employerCost or info." + Environment.NewLine
            + "  - BASE.formula: \"base_salery * 1\": unknown name 'base_salery' at position 1.",
            ex.Message);
        Assert.Equal(
            "薪酬政策“Acme”有 2 处错误：" + Environment.NewLine
            + "  - BASE.kind：“salary”不是项目类型；请使用 earning（应发）、deduction（税前扣款）、postTaxDeduction（税后扣款）、employerCost（单位成本）或 info（信息项）。" + Environment.NewLine
            + "  - BASE.formula：\"base_salery * 1\"：第 1 个字符处的名称“base_salery”未定义。",
            ex.GetMessage(Chinese));
        Assert.Equal(ex.Message, ex.GetMessage(English));
    }

    [Fact]
    public void GetMessage_FormulaTypeError_WhatAndTypesInChinese()
    {
        var ex = PolicyRefused("""{ "name": "Acme", "components": [ { "code": "BASE", "kind": "earning", "formula": "base_salary > 1" } ] }""");

        Assert.EndsWith("BASE.formula: \"base_salary > 1\": the formula must be a number, but it is a true/false condition.", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("BASE.formula：\"base_salary > 1\"：公式必须是数值，但实际是真/假条件。", ex.GetMessage(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void GetMessage_FormulaDividesByZero_ChineseNamesTheFormula()
    {
        var policy = PayPolicyLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(
            """{ "name": "Acme", "customInputs": [ { "name": "days", "default": 0 } ], "components": [ { "code": "BASE", "kind": "earning", "formula": "base_salary / days" } ] }""")), "acme.json");
        var engine = new PayrollEngineBuilder().WithPolicy(policy).Build();

        var ex = Assert.Throws<PayrollInputException>(() => engine.Calculate(new EmployeeMonthInput
        {
            EmployeeId = "E1", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m,
        }));

        Assert.Equal("Employee 'E1', BASE: formula \"base_salary / days\" failed: division by zero.", ex.Message);
        Assert.Equal("员工“E1”，BASE：公式 \"base_salary / days\" 计算失败：除数为零。", ex.GetMessage(Chinese));
    }

    [Fact]
    public void GetMessage_ContributionFileWithBadRate_ChineseNamesFileAndJsonPath()
    {
        var folder = Directory.CreateTempSubdirectory("hrkit-contrib-");
        try
        {
            var file = Path.Combine(folder.FullName, "hangzhou.json");
            File.WriteAllText(file, """
                { "city": "hangzhou", "schedules": [ { "effectiveFrom": "2025-07-01", "source": "杭州市人社局通知",
                  "items": [ { "code": "PENSION", "employeeRate": 8, "employerRate": 0.16, "baseFloor": 4812, "baseCeiling": 24930 } ] } ] }
                """);

            var ex = Assert.Throws<PayrollDataException>(() => ContributionTableLoader.LoadPath(folder.FullName));

            Assert.Equal("contribution table has 1 error(s):" + Environment.NewLine
                + "hangzhou.json: $.schedules[0].items[0].employeeRate: 8 is not a rate between 0 and 0.5; write 8 % as 0.08.", ex.Message);
            Assert.Equal("社保公积金缴费标准表有 1 处错误：" + Environment.NewLine
                + "hangzhou.json：$.schedules[0].items[0].employeeRate：8 不是 0 到 0.5 之间的比例；8% 请写作 0.08。", ex.GetMessage(Chinese));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task GetMessage_ClosingAnEmptyMonth_ChineseNamesCompanyAndMonth()
    {
        var service = new PayrollPeriodService(new InMemoryPayrollPeriodStore(), new PayrollEngineBuilder().Build(), new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() => service.CloseAsync("acme", new YearMonth(2026, 3), "hr"));

        Assert.Equal("Company 'acme', 2026-03: the month holds no payslips; run it first (hrkit payroll run --month 2026-03).", ex.Message);
        Assert.Equal("公司“acme”，2026-03：该月没有工资条；请先计算该月（hrkit payroll run --month 2026-03）。", ex.GetMessage(Chinese));
        Assert.Equal(ex.Message, ex.GetMessage(English));
    }

    [Fact]
    public void GetMessage_LeavePolicyWithUnknownBasis_ChineseUnderTheFileName()
    {
        var ex = Assert.Throws<PayrollDataException>(() => LeavePolicyLoader.Load(LeavePolicyLoader.ChinaStandardJson().Replace("\"approved\"", "\"guessed\"", StringComparison.Ordinal), "leave.json"));

        Assert.Contains("$.overtime: 'guessed' is not a basis; use \"approved\" or \"clocked\".", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("leave.json：假期政策无效：", ex.GetMessage(Chinese), StringComparison.Ordinal);
        Assert.Contains("$.overtime：“guessed”不是加班计算依据；请使用 \"approved\"（审批时长）或 \"clocked\"（打卡时长）。", ex.GetMessage(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void GetMessage_UnitedKingdomTaxWeekOutOfRange_Chinese()
    {
        var ex = Assert.Throws<PayrollInputException>(() => PayeCalculator.Calculate(
            UkParameters.BuiltIn.TaxYears[0], new PayeInput(TaxCode.Parse("1257L"), UkPayFrequency.Weekly, 57, 500m, 0m, 0m)));

        Assert.Equal("Employee '?', period: tax week 57 does not exist; use 1–52 (53, 54 or 56 for the last payday of the year).", ex.Message);
        Assert.Equal("员工“?”，计薪月份（period）：纳税周 57 不存在；请使用 1–52（年度最后一个发薪日可用 53、54 或 56）。", ex.GetMessage(Chinese));
    }

    [Fact]
    public void GetMessage_HostsOwnMessage_ShownAsWrittenInEveryLanguage()
    {
        var ex = new PayrollDataException("our own reference check failed");

        Assert.Equal("our own reference check failed", ex.GetMessage(Chinese));
        Assert.Equal("policy refused by our checks", new PayPolicyException("policy refused by our checks").GetMessage(Chinese));
    }

    [Fact]
    public void BulkError_BuiltInCheck_CarriesItsTextForTheRejectionList()
    {
        var engine = new PayrollEngineBuilder().Build();
        var result = Assert.Single(engine.CalculateMany([new EmployeeMonthInput
        {
            EmployeeId = "E7", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = -5m,
        }]));

        Assert.Equal("-5 is negative; it must be 0 or more.", result.Error!.Message);
        Assert.Equal("-5 为负数；必须大于或等于 0。", Payroll.Localization.PayrollLocalizer.For(Chinese).ErrorMessage(result.Error));
    }
}
