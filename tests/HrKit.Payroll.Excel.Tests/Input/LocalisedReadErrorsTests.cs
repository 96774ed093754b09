using System.Globalization;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Excel.Tests.Input;

/// <summary>Issue 15: the reader's sheet, row and column errors in Chinese, with the same file, sheet, row and column.</summary>
public sealed class LocalisedReadErrorsTests
{
    private static readonly PayrollLocalizer Chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"));

    private static readonly object?[] Header = ["工号 / Employee ID", "所属月份 / Period", "基本工资 / Base salary", "上年收入不超过6万"];

    private static List<PayrollInputRecord> Read(Stream stream) => PayrollExcel.ReadInputs(stream, "input.xlsx").ToList();

    [Fact]
    public void ErrorMessage_TextInANumberCell_ChineseNamingSheetRowAndColumn()
    {
        using var book = Workbooks.Of("员工", Header, ["E1", "2025-06", "abc", null]);

        var error = Assert.Single(Read(book)).Error!;

        Assert.Equal("input.xlsx，工作表 员工，第 2 行，基本工资 / Base salary 列（C）：\"abc\" 不是数字；请用数字书写，小数点用“.”，例如 8000 或 0.12。", Chinese.ErrorMessage(error));
        Assert.Equal(error.Message, PayrollLocalizer.English.ErrorMessage(error));
    }

    [Fact]
    public void ErrorMessage_NotYesOrNoAndMissingEmployeeId_Chinese()
    {
        using var book = Workbooks.Of("员工", Header, ["E1", "2025-06", 100d, "maybe"], [null, "2025-06", 100d, null]);

        var records = Read(book);

        Assert.Equal("input.xlsx，工作表 员工，第 2 行，上年收入不超过6万 / Prior-year income at most 60000 列（D）：\"maybe\" 不是“是”或“否”；请填写 是 或 否。",
            Chinese.ErrorMessage(records[0].Error!));
        Assert.Equal("input.xlsx，工作表 员工，第 3 行，工号 / Employee ID 列（A）：为空；每一行都需要工号。", Chinese.ErrorMessage(records[1].Error!));
    }

    [Fact]
    public void ErrorMessage_NoEmployeeSheet_ChineseTitleAndSheetNames()
    {
        using var book = Workbooks.Of("Sheet1", Header);

        var ex = Assert.Throws<PayrollDataException>(() => Read(book));

        Assert.Equal("参考数据无效：input.xlsx：没有工作表 员工（或 Employees）；该工作簿有 'Sheet1'。请像模板一样，把员工放在名为 员工 的工作表上。", Chinese.ErrorMessage(ex));
        Assert.Equal(ex.Message, PayrollLocalizer.English.ErrorMessage(ex));
    }

    [Fact]
    public void ErrorMessage_HeadingTwice_ChineseNamingRowAndColumns()
    {
        using var book = Workbooks.Of("员工", ["工号", "Employee ID"], ["E1", "E1"]);

        var ex = Assert.Throws<PayrollDataException>(() => Read(book));

        Assert.Equal("参考数据无效：input.xlsx，工作表 员工，第 1 行：工号 / Employee ID 列出现了两次（第 A 列和第 B 列）；请只保留一列。", Chinese.ErrorMessage(ex));
    }

    [Fact]
    public void ErrorMessage_EmptyFile_Chinese()
    {
        using var empty = new MemoryStream();

        var ex = Assert.Throws<PayrollDataException>(() => Read(empty));

        Assert.Equal("参考数据无效：input.xlsx：文件为空；需要 .xlsx 工作簿（可用 hrkit payroll template --format xlsx 生成）。", Chinese.ErrorMessage(ex));
    }
}
