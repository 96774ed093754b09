using HrKit.Privacy;

namespace HrKit.Core.Tests.Privacy;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("110101199003071234", "110***********1234")] // 18-digit resident id: 3 + 11 hidden + 4
    [InlineData("13812345678", "138****5678")] // mobile number
    [InlineData("6222020200112233445", "622************3445")] // bank card
    [InlineData("12345678", "123*5678")] // shortest value that keeps head and tail
    [InlineData("1234567", "******7")]
    [InlineData("7", "*")]
    public void Mask_Value_KeepsOnlyHeadAndTail(string value, string expected)
    {
        Assert.Equal(expected, PersonalData.Mask(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Mask_NullOrEmpty_ReturnsItUnchanged(string? value)
    {
        Assert.Equal(value, PersonalData.Mask(value));
    }

    [Fact]
    public void Show_RevealRequested_ReturnsTheValue()
    {
        Assert.Equal("13812345678", PersonalData.Show("13812345678", reveal: true));
        Assert.Equal("138****5678", PersonalData.Show("13812345678", reveal: false));
    }
}
