using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>A bulk run's error: equal when employee, field and message are, whatever language the message is shown in.</summary>
public sealed class PayrollErrorTests
{
    private static readonly PayrollError Error = new("E1", "baseSalary", "is negative");

    [Fact]
    public void ToString_EmployeeFieldAndMessage() => Assert.Equal("E1: baseSalary: is negative", Error.ToString());

    [Fact]
    public void Equals_SameThreeParts_EqualEvenWithADifferentText()
    {
        var withText = Error with { Text = new LocalText("Error.Input.Required").ToMessage() };

        Assert.Equal(Error, withText);
        Assert.Equal(Error.GetHashCode(), withText.GetHashCode());
    }

    [Theory]
    [InlineData("E2", "baseSalary", "is negative")]
    [InlineData("E1", "allowances", "is negative")]
    [InlineData("E1", "baseSalary", "is too large")]
    public void Equals_OnePartDiffers_NotEqual(string employeeId, string field, string message) =>
        Assert.NotEqual(Error, new PayrollError(employeeId, field, message));

    [Fact]
    public void Equals_Null_False() => Assert.False(Error.Equals(null));
}
