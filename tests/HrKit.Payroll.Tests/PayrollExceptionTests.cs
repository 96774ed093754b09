using System.Globalization;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Tests;

/// <summary>
/// The exceptions' public constructors, as a host raises or fakes them: their documented default texts and codes, what
/// each carries, and which are framed as "Employee '…', field: problem" in every language.
/// </summary>
public sealed class PayrollExceptionTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void ParameterlessConstructors_TheirDocumentedTexts()
    {
        Assert.Equal("A payroll operation was refused.", new PayrollException().Message);
        Assert.Equal(("The payroll reference data cannot be used.", "PayrollDataInvalid"), (new PayrollDataException().Message, new PayrollDataException().ErrorCode));

        var input = new PayrollInputException();
        Assert.Equal(("?", "?", "invalid input", "Employee '?', ?: invalid input"), (input.EmployeeId, input.Field, input.Problem, input.Message));
    }

    [Fact]
    public void PayrollInputException_AMessage_FramedUnknownEmployeeAndField()
    {
        var ex = new PayrollInputException("base salary is missing");

        Assert.Equal(("?", "?", "base salary is missing"), (ex.EmployeeId, ex.Field, ex.Problem));
        Assert.Equal("Employee '?', ?: base salary is missing", ex.Message);
        Assert.Equal("员工“?”，?：base salary is missing", ex.GetMessage(Chinese));
    }

    [Fact]
    public void PayrollInputException_AMessageAndCause_UnframedInEveryLanguage()
    {
        var cause = new FormatException("not a number");

        var ex = new PayrollInputException("row 3 cannot be read", cause);

        Assert.Equal(("?", "?", "row 3 cannot be read"), (ex.EmployeeId, ex.Field, ex.Problem));
        Assert.Equal("row 3 cannot be read", ex.Message);
        Assert.Equal("row 3 cannot be read", ex.GetMessage(Chinese));
        Assert.Same(cause, ex.InnerException);
    }

    [Fact]
    public void PayrollDataException_FromAMessage_KeepsItAndShowsItInTheReadersLanguage()
    {
        var text = new PayrollMessage("Error.Leave.NullLeave");

        var ex = new PayrollDataException(text);
        var caused = new PayrollDataException(text, new IOException("disk"));

        Assert.Same(text, ex.Text);
        Assert.Same(text, caused.Text);
        Assert.Equal(("is null; give a leave record.", "为空；请提供一条请假记录。"), (ex.Message, ex.GetMessage(Chinese)));
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new PayrollDataException((PayrollMessage)null!)).ParamName);
    }

    [Fact]
    public void PayrollDataException_BuiltIn_CarriesItsKeyAsAMessage() =>
        Assert.Equal("Error.LeavePolicy.Root", new PayrollDataException(new LocalText("Error.LeavePolicy.Root")).Text?.Key);

    [Fact]
    public void MoneyRound_UndefinedRule_SaysSo() =>
        Assert.StartsWith("Unknown rounding rule.", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Round(1m, (RoundingRule)5)).Message, StringComparison.Ordinal);
}
