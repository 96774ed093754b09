using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Tests.Localization;

/// <summary>Issue 15: errors a package raises as <see cref="PayrollMessage"/> render whole in the reader's language.</summary>
public sealed class PayrollMessageTests
{
    private static readonly PayrollLocalizer Chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"));

    [Fact]
    public void ErrorMessage_DataExceptionFromAMessage_EnglishIsTheMessageAndChineseIsTranslatedWhole()
    {
        var ex = new PayrollDataException(new PayrollMessage("Error.Excel.EmptySheet", new PayrollMessage("Error.Excel.Sheet", "pay.xlsx", "员工"), "hrkit payroll template --format xlsx"));

        Assert.Equal("pay.xlsx, sheet 员工: the sheet is empty; row 1 must hold the headings of the template (hrkit payroll template --format xlsx).", ex.Message);
        Assert.Equal(ex.Message, PayrollLocalizer.English.ErrorMessage(ex));
        Assert.Equal("参考数据无效：pay.xlsx，工作表 员工：工作表为空；第 1 行必须是模板的列标题（hrkit payroll template --format xlsx）。", Chinese.ErrorMessage(ex));
    }

    [Fact]
    public void ErrorMessage_PayrollErrorWithoutText_IsItsMessageInEveryLanguage()
    {
        var error = new PayrollError("E1", "baseSalary", "a host's own words");

        Assert.Equal("a host's own words", Chinese.ErrorMessage(error));
    }

    [Fact]
    public void ErrorMessage_PayrollErrorWhoseMessageWasChanged_KeepsTheChangedMessage()
    {
        var text = new PayrollMessage("Error.Excel.GivenTwice", "meal");
        var error = new PayrollError("E1", "allowances", "rewritten by the host") { Text = text };

        Assert.Equal("rewritten by the host", Chinese.ErrorMessage(error));
        Assert.Equal("“meal”出现了两次", Chinese.ErrorMessage(error with { Message = text.ToString() }));
    }
}
