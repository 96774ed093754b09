using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>Issue 15: a tax code that does not parse is explained in Chinese, with the code as written.</summary>
public sealed class TaxCodeLocalisedErrorTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();
    private static readonly PayrollLocalizer Chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"));

    private static PayrollInputException Refused(string taxCode) => Assert.Throws<PayrollInputException>(() => Engine.Calculate(new EmployeeMonthInput
    {
        EmployeeId = "G1",
        Jurisdiction = "GB",
        Period = new YearMonth(2025, 4),
        BaseSalary = 3_000m,
        JurisdictionInput = new UnitedKingdomInput { TaxCode = taxCode, NiCategory = "A" },
    }));

    [Fact]
    public void ErrorMessage_D3OutsideScotland_ChineseNamingTheRegionAndRange()
    {
        var ex = Refused("D3");

        Assert.Equal("Employee 'G1', jurisdictionInput.taxCode: 'D3' is not a tax code: D3 does not exist for codes without a prefix (D0 to D1).", ex.Message);
        Assert.EndsWith("：“D3”不是有效的税码：无前缀的税码没有 D3（只有 D0 到 D1）。", Chinese.ErrorMessage(ex), StringComparison.Ordinal);
        Assert.StartsWith("员工“G1”，", Chinese.ErrorMessage(ex), StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorMessage_K0_ChineseSayingUse0T()
    {
        var ex = Refused("K0");

        Assert.EndsWith("：“K0”不是有效的税码：K 税码的数字至少为 1（没有 K0；请用 0T）。", Chinese.ErrorMessage(ex), StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorMessage_Empty_ChineseSayingACodeIsRequired()
    {
        var ex = Refused(" ");

        Assert.EndsWith("：必须填写税码（例如 1257L、S1257L、K475、BR、D0、NT）。", Chinese.ErrorMessage(ex), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_LettersInTheNumber_ProblemIsTheEnglishText()
    {
        Assert.False(TaxCode.TryParse("12A7L", out _, out var problem));

        Assert.Equal("'12A7L' is not a tax code: '12A7' should be the code number (digits only).", problem);
    }
}
