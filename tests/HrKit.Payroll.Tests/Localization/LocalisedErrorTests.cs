using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Localization;

/// <summary>
/// Issue 15: an input error is shown to HR staff in Chinese, naming the same employee and field (its JSON path and
/// its Chinese name); <see cref="Exception.Message"/> stays English.
/// </summary>
public sealed class LocalisedErrorTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();
    private static readonly PayrollLocalizer Chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"));

    private static readonly EmployeeMonthInput Valid = new()
    {
        EmployeeId = "E7", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m,
    };

    private static PayrollInputException Refused(EmployeeMonthInput input) => Assert.Throws<PayrollInputException>(() => Engine.Calculate(input));

    [Fact]
    public void ErrorMessage_NegativeBaseSalary_ChineseWithFieldNameAndPath()
    {
        var ex = Refused(Valid with { BaseSalary = -5m });

        Assert.Equal("Employee 'E7', baseSalary: -5 is negative; it must be 0 or more.", ex.Message);
        Assert.Equal("员工“E7”，基本工资（baseSalary）：-5 为负数；必须大于或等于 0。", Chinese.ErrorMessage(ex));
        Assert.Equal(ex.Message, PayrollLocalizer.English.ErrorMessage(ex));
    }

    [Fact]
    public void ErrorMessage_NestedField_NamedByItsPath()
    {
        var ex = Refused(Valid with { Overtime = new OvertimeHours(-1m, 0m, 0m) });

        Assert.Equal("员工“E7”，工作日加班小时数（overtime.workday）：-1 为负数；必须大于或等于 0。", Chinese.ErrorMessage(ex));
    }

    [Fact]
    public void ErrorMessage_ChinaRentAndLoanTogether_CitationStaysChinese()
    {
        var ex = Refused(Valid with { SpecialAdditionalDeductions = new SpecialAdditionalDeductions { HousingRent = 1_500m, HousingLoanInterest = 1_000m } });

        Assert.Equal("Employee 'E7', specialAdditionalDeductions.housingRent: housing rent and housing loan interest cannot both be claimed (国发〔2018〕41号 第二十四条).", ex.Message);
        Assert.Equal("员工“E7”，住房租金（specialAdditionalDeductions.housingRent）：住房租金和住房贷款利息不能同时扣除（国发〔2018〕41号 第二十四条）。", Chinese.ErrorMessage(ex));
    }

    [Fact]
    public void ErrorMessage_TerminationBeforeHire_DatesAsWritten()
    {
        var ex = Refused(Valid with { HireDate = new LocalDate(2026, 1, 20), TerminationDate = new LocalDate(2026, 1, 10) });

        Assert.Equal("Employee 'E7', terminationDate: 2026-01-10 is before hireDate 2026-01-20.", ex.Message);
        Assert.Equal("员工“E7”，离职日期（terminationDate）：2026-01-10 早于入职日期 2026-01-20。", Chinese.ErrorMessage(ex));
    }

    [Fact]
    public void ErrorMessage_UnknownCustomInput_DeclaredListTranslated()
    {
        var ex = Refused(Valid with { CustomInputs = new Dictionary<string, decimal> { ["mystery"] = 1m } });

        Assert.Contains("customInputs.mystery", ex.Message, StringComparison.Ordinal);
        // The policy's name is a name and stays as written.
        Assert.StartsWith("员工“E7”，自定义输入项（customInputs.mystery）：薪酬政策“China mainland standard”没有这个名称的自定义输入项（已声明：leave_deduction",
            Chinese.ErrorMessage(ex), StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorMessage_ExceptionAHostBuilt_ChineseFrameKeepsItsProblem()
    {
        var ex = new PayrollInputException("E9", "city", "our own check failed");

        Assert.Equal("员工“E9”，城市（city）：our own check failed", Chinese.ErrorMessage(ex));
    }

    [Fact]
    public void ErrorMessage_OtherPayrollError_ChineseTitleThenTheMessage()
    {
        var ex = new PayrollDataException("contributions.json: line 3: rate is not a number");

        Assert.Equal(ex.Message, PayrollLocalizer.English.ErrorMessage(ex));
        Assert.Equal("参考数据无效：contributions.json: line 3: rate is not a number", Chinese.ErrorMessage(ex));
        Assert.Equal("boom", Chinese.ErrorMessage(new InvalidOperationException("boom")));
    }

    [Theory]
    [InlineData("baseSalary", "基本工资（baseSalary）")]
    [InlineData("customInputs.bonus", "自定义输入项（customInputs.bonus）")]
    [InlineData("jurisdictionYearToDate.figures.taxPaid", "辖区累计状态（jurisdictionYearToDate.figures.taxPaid）")]
    [InlineData("noSuchField", "noSuchField")]
    public void FieldName_Path_ChineseNameOfItsNearestKnownParent(string path, string expected)
    {
        Assert.Equal(expected, Chinese.FieldName(path));
        Assert.Equal(path, PayrollLocalizer.English.FieldName(path));
    }
}
