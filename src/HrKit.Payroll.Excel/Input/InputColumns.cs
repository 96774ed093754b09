namespace HrKit.Payroll.Excel.Input;

/// <summary>
/// The input sheet's columns in template order: every heading of the input template lives here (bilingual, one
/// table) so that they can move into localisation resources as a whole. Each maps to a field of docs/payroll-input.md.
/// </summary>
internal static class InputColumns
{
    /// <summary>The sheet the template writes and the reader looks for first.</summary>
    public const string SheetName = "员工";

    /// <summary>The sheet name the reader also accepts.</summary>
    public const string EnglishSheetName = "Employees";

    /// <summary>The command that writes the template; errors name it as code, the same in every language.</summary>
    public const string TemplateCommand = "hrkit payroll template --format xlsx";

    public const string EmployeeIdPath = "employeeId";

    public static IReadOnlyList<InputColumn> All { get; } =
    [
        new("工号", "Employee ID", EmployeeIdPath, CellKind.Text),
        new("姓名", "Name", "name", CellKind.Text),
        new("部门", "Department", "department", CellKind.Text),
        new("所属月份", "Period", "period", CellKind.Month),
        new("法域", "Jurisdiction", "jurisdiction", CellKind.Text),
        new("城市", "City", "city", CellKind.Text),
        new("基本工资", "Base salary", "baseSalary", CellKind.Number),
        new("津贴", "Allowances", "allowances", CellKind.NamedAmounts),
        new("应出勤天数", "Scheduled days", "attendance.scheduledDays", CellKind.Number),
        new("实际出勤天数", "Worked days", "attendance.workedDays", CellKind.Number),
        new("事假天数", "Unpaid leave days", "attendance.unpaidLeaveDays", CellKind.Number),
        new("迟到次数", "Late count", "attendance.lateCount", CellKind.Integer),
        new("迟到分钟", "Late minutes", "attendance.lateMinutes", CellKind.Integer),
        new("工作日加班小时", "Workday overtime hours", "overtime.workday", CellKind.Number),
        new("休息日加班小时", "Rest-day overtime hours", "overtime.restDay", CellKind.Number),
        new("法定节假日加班小时", "Holiday overtime hours", "overtime.statutoryHoliday", CellKind.Number),
        new("绩效等级", "Performance grade", "performance.grade", CellKind.Text),
        new("绩效奖金基数", "Bonus base", "performance.bonusBase", CellKind.Number),
        new("学习奖励系数", "Learning bonus factor", "performance.learningBonusFactor", CellKind.Number),
        new("其他收入", "Other earnings", "otherEarnings", CellKind.Number),
        new("免税收入", "Tax-free income", "taxFreeIncome", CellKind.Number),
        new("税后扣款", "Post-tax deductions", "postTaxDeductions", CellKind.Number),
        new("其他税前扣除", "Other tax deductions", "otherTaxDeductions", CellKind.Number),
        new("全年一次性奖金", "Annual bonus", "annualBonus", CellKind.Number),
        new("年终奖计税方式", "Annual bonus tax method", "annualBonusTaxMethod", CellKind.BonusTaxMethod),
        new("社保基数", "Social insurance base", "socialInsuranceBase", CellKind.Number),
        new("公积金基数", "Housing fund base", "housingFundBase", CellKind.Number),
        new("公积金比例", "Housing fund rate", "housingFundRate", CellKind.Number),
        new("子女教育", "Child education", "specialAdditionalDeductions.childEducation", CellKind.Number),
        new("婴幼儿照护", "Infant care", "specialAdditionalDeductions.infantCare", CellKind.Number),
        new("继续教育", "Continuing education", "specialAdditionalDeductions.continuingEducation", CellKind.Number),
        new("住房贷款利息", "Housing loan interest", "specialAdditionalDeductions.housingLoanInterest", CellKind.Number),
        new("住房租金", "Housing rent", "specialAdditionalDeductions.housingRent", CellKind.Number),
        new("赡养老人", "Elderly support", "specialAdditionalDeductions.elderlySupport", CellKind.Number),
        new("累计截至月份", "YTD through month", "yearToDate.throughMonth", CellKind.Month),
        new("累计收入", "YTD income", "yearToDate.income", CellKind.Number),
        new("累计免税收入", "YTD tax-free income", "yearToDate.taxFreeIncome", CellKind.Number),
        new("累计减除费用", "YTD basic deduction", "yearToDate.basicDeduction", CellKind.Number),
        new("累计专项扣除", "YTD special deductions", "yearToDate.specialDeductions", CellKind.Number),
        new("累计专项附加扣除", "YTD special additional deductions", "yearToDate.specialAdditionalDeductions", CellKind.Number),
        new("累计其他扣除", "YTD other deductions", "yearToDate.otherDeductions", CellKind.Number),
        new("累计已预扣税额", "YTD tax withheld", "yearToDate.taxWithheld", CellKind.Number),
        new("累计应纳税所得额", "YTD taxable income", "yearToDate.taxableIncome", CellKind.Number),
        new("入职日期", "Hire date", "hireDate", CellKind.Date),
        new("离职日期", "Termination date", "terminationDate", CellKind.Date),
        new("计薪比例", "Proration factor", "prorationFactor", CellKind.Number),
        new("上年收入不超过6万", "Prior-year income at most 60000", "priorYearIncomeAtMost60000", CellKind.Boolean),
        new("自定义输入", "Custom inputs", "customInputs", CellKind.NamedAmounts),
    ];
}
