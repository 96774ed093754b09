using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Payroll.Tests.Periods;

/// <summary>
/// Issue 15: a payslip read back from a period store (SQLite, PostgreSQL) shows its line names and explanations in
/// Chinese like a freshly computed one; a row written before the Chinese texts were kept still reads, in English.
/// </summary>
public sealed class StoredPayslipLanguageTests
{
    private static readonly PayrollLocalizer Chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"));

    private static readonly Payslip Fresh = new PayrollEngineBuilder().Build().Calculate(new EmployeeMonthInput
    {
        EmployeeId = "E1", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m,
    });

    [Fact]
    public void DeserializePayslip_StoredRow_ChineseNamesAndExplanationsAsWhenComputed()
    {
        var stored = PayrollPeriodJson.DeserializePayslip(PayrollPeriodJson.Serialize(Fresh));

        Assert.Equal(Texts(Chinese.Localize(Fresh)), Texts(Chinese.Localize(stored)));
        Assert.Contains(Chinese.Localize(stored).Lines, l => l.Code == "PENSION_EE" && l.Name == "养老保险个人"
            && l.Explanation.StartsWith("缴费基数 10000.00 × 8% = 800.00（四舍五入到分）", StringComparison.Ordinal));
    }

    [Fact]
    public void DeserializePayslip_StoredRow_EnglishUnchanged()
    {
        var stored = PayrollPeriodJson.DeserializePayslip(PayrollPeriodJson.Serialize(Fresh));

        // The Chinese texts are kept beside the documented JSON: the English read back is what a row without them gives.
        var withoutChinese = PayrollPeriodJson.DeserializePayslip(PayrollJson.Serialize(Fresh));
        Assert.Equal(Texts(withoutChinese), Texts(stored));
        Assert.Equal(Texts(PayrollLocalizer.English.Localize(withoutChinese)), Texts(PayrollLocalizer.English.Localize(stored)));
    }

    [Fact]
    public void DeserializePayslip_RowWithoutChineseTexts_ReadsWithEnglishExplanations()
    {
        var old = PayrollPeriodJson.DeserializePayslip(PayrollJson.Serialize(Fresh));

        var lines = Chinese.Localize(old).Lines;
        Assert.Equal("基本工资", lines.Single(l => l.Code == "BASE").Name); // a built-in name is re-derived from the English one
        // A name made with the contribution item's local name cannot be re-derived without it: it stays as stored.
        Assert.Equal("Pension (employee)", lines.Single(l => l.Code == "PENSION_EE").Name);
        Assert.Equal(old.Lines.Single(l => l.Code == "PENSION_EE").Explanation, lines.Single(l => l.Code == "PENSION_EE").Explanation);
    }

    private static (string Code, string Name, string Explanation)[] Texts(Payslip payslip) =>
        [.. payslip.Lines.Select(l => (l.Code, l.Name, l.Explanation))];

    [Fact]
    public void DeserializePayslip_DamagedChineseTexts_PayrollDataException()
    {
        var json = PayrollPeriodJson.Serialize(Fresh).Replace("\"linesZhCN\":[", "\"linesZhCN\":[}", StringComparison.Ordinal);

        var ex = Assert.Throws<PayrollDataException>(() => PayrollPeriodJson.DeserializePayslip(json));

        Assert.StartsWith("薪资期间存储：保存的工资条无法读取", ex.GetMessage(CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
    }
}
