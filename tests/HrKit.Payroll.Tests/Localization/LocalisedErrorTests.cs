using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Jurisdictions.Singapore;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
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
    public void ErrorMessage_LeaveBeyondTheMonth_ChineseNamingTheRecordsField()
    {
        var september = new YearMonth(2025, 9);
        var record = new LeaveRecord(LeaveType.Annual, new LocalDate(2025, 9, 29), new LocalDate(2025, 10, 2), 4m);
        var ex = Assert.Throws<PayrollInputException>(() => LeavePay.Calculate(LeavePolicy.ChinaStandard,
            new LeaveMonth { EmployeeId = "L1", Period = september, Leave = [record] },
            new LeavePayContext(21_750m, 22m, MinimumWageTable.BuiltIn.Find("beijing", september)!)));

        Assert.Equal("Employee 'L1', leave[0].end: 2025-09-29..2025-10-02 reaches beyond 2025-09; split a leave across months into one record per month.", ex.Message);
        Assert.Equal("员工“L1”，结束日期（leave[0].end）：2025-09-29..2025-10-02 超出 2025-09；跨月的假期请按月拆分为每月一条记录。", Chinese.ErrorMessage(ex));
    }

    [Fact]
    public void ErrorMessage_SingaporePermanentResidentWithoutSprStart_Chinese()
    {
        var ex = Refused(new EmployeeMonthInput
        {
            EmployeeId = "S1", Jurisdiction = "SG", Period = new YearMonth(2025, 6), BaseSalary = 5_000m,
            JurisdictionInput = new SingaporeInput { DateOfBirth = new LocalDate(1995, 3, 1), Residency = CpfResidency.PermanentResident },
        });

        Assert.Equal("Employee 'S1', jurisdictionInput.sprStart: missing; a permanent resident needs the date SPR status was granted (Form 5/5A).", ex.Message);
        Assert.Equal("员工“S1”，永久居民身份起始日期（jurisdictionInput.sprStart）：缺失；永久居民需要填写获得永久居民身份的日期（Form 5/5A）。", Chinese.ErrorMessage(ex));
    }

    [Fact]
    public void ErrorMessage_UnknownNiCategory_ChineseWithTheLettersAllowed()
    {
        var ex = Refused(new EmployeeMonthInput
        {
            EmployeeId = "G1", Jurisdiction = "GB", Period = new YearMonth(2025, 4), BaseSalary = 3_000m,
            JurisdictionInput = new UnitedKingdomInput { TaxCode = "1257L", NiCategory = "Q" },
        });

        Assert.StartsWith("Employee 'G1', jurisdictionInput.niCategory: 'Q' is not a National Insurance category letter in 2025-26; use one of A, B, C,", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("员工“G1”，国民保险类别（jurisdictionInput.niCategory）：“Q”不是 2025-26 的国民保险类别字母；请使用 A, B, C,", Chinese.ErrorMessage(ex), StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorMessage_UnknownCity_ChineseListingTheKnownCities()
    {
        var ex = Refused(Valid with { City = "atlantis" });

        Assert.StartsWith("Employee 'E7', city: 'atlantis' is not in the contribution table (known: beijing, ", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("员工“E7”，城市（city）：“atlantis”不在社保公积金缴费标准表中（已有：beijing, ", Chinese.ErrorMessage(ex), StringComparison.Ordinal);
        Assert.EndsWith("）；请用 PayrollEngineBuilder.WithContributionTable 添加该城市的缴费标准。", Chinese.ErrorMessage(ex), StringComparison.Ordinal);
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
    [InlineData("leave[3].days", "请假天数（leave[3].days）")]
    [InlineData("noSuchField", "noSuchField")]
    public void FieldName_Path_ChineseNameOfItsNearestKnownParent(string path, string expected)
    {
        Assert.Equal(expected, Chinese.FieldName(path));
        Assert.Equal(path, PayrollLocalizer.English.FieldName(path));
    }
}
