using System.Globalization;
using System.Xml.Linq;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.HongKong;
using HrKit.Payroll.Jurisdictions.Singapore;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Localization;

/// <summary>Issue 15: payslip texts in zh-CN and English from the resources, legal citations in Chinese in both.</summary>
public sealed class PayrollLocalizerTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();
    private static readonly PayrollLocalizer Chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"));
    private static readonly PayrollLocalizer English = PayrollLocalizer.For(CultureInfo.InvariantCulture);

    // Beijing, January 2026 (2025-07 cycle, floor 7 162): base 10 000 is inside the range, so pension is 10 000 × 8 % = 800.00.
    private static readonly EmployeeMonthInput Beijing = new()
    {
        EmployeeId = "E1", Name = "张伟", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m, AnnualBonus = 36_000m,
    };

    internal static IEnumerable<EmployeeMonthInput> OneOfEachJurisdiction()
    {
        yield return Beijing;
        yield return Beijing with { City = "shanghai", OtherEarnings = 100m, TaxFreeIncome = 50m, PostTaxDeductions = 10m, AnnualBonusTaxMethod = AnnualBonusTaxMethod.Merged };
        yield return new EmployeeMonthInput
        {
            EmployeeId = "G1", Jurisdiction = "GB", Period = new YearMonth(2025, 4), BaseSalary = 3_000m,
            JurisdictionInput = new UnitedKingdomInput { TaxCode = "1257L", NiCategory = "A" },
        };
        yield return new EmployeeMonthInput { EmployeeId = "HK1", Jurisdiction = "HK", Period = new YearMonth(2025, 4), BaseSalary = 20_000m };
        yield return new EmployeeMonthInput
        {
            EmployeeId = "SG1", Jurisdiction = "SG", Period = new YearMonth(2025, 6), BaseSalary = 5_000m,
            JurisdictionInput = new SingaporeInput { DateOfBirth = new LocalDate(1995, 3, 1), Residency = CpfResidency.Citizen },
        };
    }

    [Fact]
    public void LineName_KnownChinaPayslip_ChineseAndEnglishNames()
    {
        var slip = Engine.Calculate(Beijing);
        var pension = slip.Line("PENSION_EE")!;

        Assert.Equal("Pension (employee)", pension.Name);
        Assert.Equal("养老保险个人", Chinese.LineName(slip.Jurisdiction, pension));
        Assert.Equal("Pension (employee)", English.LineName(slip.Jurisdiction, pension));
        Assert.Equal("养老保险单位", Chinese.LineName(slip.Jurisdiction, slip.Line("PENSION_ER")!));
        Assert.Equal("基本工资", Chinese.LineName(slip.Jurisdiction, slip.Line("BASE")!));
        Assert.Equal("个人所得税", Chinese.LineName(slip.Jurisdiction, slip.Line("IIT")!));
        Assert.Equal("全年一次性奖金个人所得税", Chinese.LineName(slip.Jurisdiction, slip.Line("IIT_BONUS")!));
    }

    [Fact]
    public void LineExplanation_Contribution_ChineseAndEnglishText()
    {
        var pension = Engine.Calculate(Beijing).Line("PENSION_EE")!;

        Assert.Equal("base 10000.00 × 8% = 800.00 (rounded to the fen); beijing schedule from 2025-07-01.", English.LineExplanation(pension));
        Assert.Equal("缴费基数 10000.00 × 8% = 800.00（四舍五入到分）；beijing 缴费标准自 2025-07-01 起执行。", Chinese.LineExplanation(pension));
        Assert.Equal(pension.Explanation, English.LineExplanation(pension));
    }

    // 36 000 ÷ 12 = 3 000 → first row of the monthly-converted table, 3 % less 0 → 1 080.00.
    [Fact]
    public void LineExplanation_BonusTax_CitationStaysChineseInBothLanguages()
    {
        var line = Engine.Calculate(Beijing).Line("IIT_BONUS")!;

        Assert.Equal(1_080.00m, line.Amount);
        Assert.StartsWith("财税〔2018〕164号 separate taxation: 36000.00 ÷ 12 = 3000.00", English.LineExplanation(line), StringComparison.Ordinal);
        Assert.StartsWith("财税〔2018〕164号 单独计税：36000.00 ÷ 12 = 3000.00 → 按月换算后的综合所得税率表：税率 3%，速算扣除数 0", Chinese.LineExplanation(line), StringComparison.Ordinal);
        Assert.Contains("国家税务总局公告2018年第61号", Chinese.LineExplanation(Engine.Calculate(Beijing).Line("IIT")!), StringComparison.Ordinal);
    }

    [Fact]
    public void LineName_NameWithValue_KeepsTheValueInBothLanguages()
    {
        var uk = Engine.Calculate(OneOfEachJurisdiction().Single(i => i.Jurisdiction == "GB"));
        var ni = uk.Line("NI_EE")!;

        Assert.Equal("National Insurance (employee, category A)", English.LineName("GB", ni));
        Assert.Equal("国民保险（雇员，类别 A）", Chinese.LineName("GB", ni));
        Assert.Equal("薪金", Chinese.LineName("GB", uk.Line("BASE")!));
    }

    [Fact]
    public void LineName_HostPolicyNamesItsOwnComponent_KeptAsWritten()
    {
        var policy = PayPolicyLoader.Parse("""
            { "name": "Host", "components": [ { "code": "BASE", "name": "月薪", "kind": "earning", "formula": "base_salary" } ] }
            """);
        var slip = new PayrollEngineBuilder().WithPolicy(policy).Build().Calculate(Beijing);

        Assert.Equal("月薪", English.LineName(slip.Jurisdiction, slip.Line("BASE")!));
        Assert.Equal("月薪", Chinese.LineName(slip.Jurisdiction, slip.Line("BASE")!));
    }

    [Fact]
    public void Localize_Payslip_NamesAndExplanationsChangeAmountsDoNot()
    {
        var slip = Engine.Calculate(Beijing);
        var chinese = Chinese.Localize(slip);

        Assert.Equal(slip.Lines.Select(l => (l.Code, l.Amount, l.Kind)), chinese.Lines.Select(l => (l.Code, l.Amount, l.Kind)));
        Assert.Equal(slip.NetPay, chinese.NetPay);
        Assert.Equal("养老保险个人", chinese.Line("PENSION_EE")!.Name);
        Assert.StartsWith("缴费基数", chinese.Line("PENSION_EE")!.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "基本工资")]
    [InlineData("zh-Hans", "基本工资")]
    [InlineData("zh-SG", "基本工资")]
    [InlineData("en-GB", "Base salary")]
    [InlineData("fr-FR", "Base salary")]
    [InlineData("", "Base salary")]
    public void For_Culture_ChineseCulturesReadZhCnOthersEnglish(string culture, string expected)
    {
        Assert.Equal(expected, PayrollLocalizer.For(CultureInfo.GetCultureInfo(culture))["Line.BASE"]);
    }

    [Fact]
    public void Current_FollowsCurrentUICulture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("个人所得税", PayrollLocalizer.Current["Line.IIT"]);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("Individual income tax", PayrollLocalizer.Current["Line.IIT"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    // A key in one language but not the other would show English in a Chinese payslip (or the key itself).
    [Fact]
    public void Resources_EnglishAndChinese_HaveTheSameKeys()
    {
        var english = ResxKeys("PayrollStrings.resx");
        var chinese = ResxKeys("PayrollStrings.zh-CN.resx");

        Assert.NotEmpty(english);
        Assert.Empty(english.Except(chinese));
        Assert.Empty(chinese.Except(english));
    }

    // Every line the built-in packs and policies produce has a built-in name in both languages: a new line added with
    // an English literal and no resource fails here (its Chinese name would fall back to the English one).
    [Fact]
    public void LineName_EveryBuiltInLine_HasATextInBothLanguages()
    {
        var missing = new List<string>();
        var checkedLines = 0;
        foreach (var slip in OneOfEachJurisdiction().Select(Engine.Calculate))
        {
            foreach (var line in slip.Lines)
            {
                checkedLines++;
                var chinese = Chinese.LineName(slip.Jurisdiction, line);
                if (string.Equals(chinese, line.Name, StringComparison.Ordinal) || string.Equals(English.LineName(slip.Jurisdiction, line), chinese, StringComparison.Ordinal))
                {
                    missing.Add($"{slip.Jurisdiction} {line.Code} '{line.Name}'");
                }
            }
        }

        Assert.True(checkedLines > 30, $"only {checkedLines} lines checked");
        Assert.Empty(missing);
    }

    internal static HashSet<string> ResxKeys(string file)
    {
        var path = Path.Combine(RepositoryRoot(), "src", "HrKit.Payroll", "Resources", "Localization", file);
        return XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HrKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("HrKit.sln not found above " + AppContext.BaseDirectory);
    }
}
