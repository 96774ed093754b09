using System.Globalization;
using System.Text.RegularExpressions;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Jurisdictions.HongKong;
using HrKit.Payroll.Jurisdictions.Singapore;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using NodaTime;

namespace HrKit.Payroll.Tests.Localization;

/// <summary>
/// Issue 15: the formula, GB/HK/SG statutory, minimum-wage and provisional explanations and the report alerts are
/// shown in Chinese, with English law names and Chinese legal citations kept as they are, and the English text unchanged.
/// </summary>
public sealed partial class LocalisedExplanationTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();
    private static readonly PayrollLocalizer Chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"));
    private static readonly PayrollLocalizer English = PayrollLocalizer.English;

    private static readonly EmployeeMonthInput Beijing = new()
    {
        EmployeeId = "E1", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m,
    };

    private static EmployeeMonthInput Uk(string taxCode, string category, decimal pay = 3_000m) => new()
    {
        EmployeeId = "G1", Jurisdiction = "GB", Period = new YearMonth(2025, 4), BaseSalary = pay,
        JurisdictionInput = new UnitedKingdomInput { TaxCode = taxCode, NiCategory = category },
    };

    private static EmployeeMonthInput Sg(decimal pay, CpfResidency residency = CpfResidency.Citizen) => new()
    {
        EmployeeId = "SG1", Jurisdiction = "SG", Period = new YearMonth(2025, 6), BaseSalary = pay,
        JurisdictionInput = new SingaporeInput
        {
            DateOfBirth = new LocalDate(1995, 3, 1), Residency = residency,
            SprStart = residency == CpfResidency.PermanentResident ? new LocalDate(2025, 1, 1) : null,
        },
    };

    private static EmployeeMonthInput Shenzhen(decimal salary) => new()
    {
        EmployeeId = "M", Period = new YearMonth(2025, 9), City = "shenzhen", BaseSalary = salary,
        Attendance = new AttendanceInput(22m, 22m, 0m, 0, 0), YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 8) },
    };

    private static EmployeeMonthInput Hk(decimal pay) => new() { EmployeeId = "HK1", Jurisdiction = "HK", Period = new YearMonth(2025, 4), BaseSalary = pay };

    // Every built-in explanation producer, in the cases that change its words (bands, holidays, K codes, caps, flags).
    private static IEnumerable<EmployeeMonthInput> Samples()
    {
        foreach (var input in PayrollLocalizerTests.OneOfEachJurisdiction())
        {
            yield return input;
        }

        yield return Beijing with { EmployeeId = "LATE", Attendance = new AttendanceInput(21.75m, 21.75m, 0m, 3, 30), Overtime = new OvertimeHours(10m, 8m, 8m) };
        yield return Beijing with { EmployeeId = "CAP", BaseSalary = 3_000m, Attendance = new AttendanceInput(26m, 1m, 25m, 0, 0) };
        yield return Shenzhen(2_500m) with { EmployeeId = "MW", Overtime = new OvertimeHours(4m, 0m, 0m) };
        yield return new EmployeeMonthInput
        {
            EmployeeId = "P1", Period = new YearMonth(2026, 11), City = "beijing", BaseSalary = 21_000m, SocialInsuranceBase = 21_000m,
            HireDate = new LocalDate(2026, 11, 1),
        };
        yield return Uk("K100", "A");
        yield return Uk("1257L M1", "M");
        yield return Uk("1257L", "X", 500m);
        yield return Hk(5_000m);
        yield return Hk(20_000m) with { EmployeeId = "HKNEW", HireDate = new LocalDate(2025, 4, 1), JurisdictionInput = new HongKongInput { EmploymentStart = new LocalDate(2025, 4, 1) } };
        yield return Sg(40m);
        yield return Sg(300m);
        yield return Sg(600m);
        yield return Sg(8_000m, CpfResidency.PermanentResident);
    }

    [Fact]
    public void LineExplanation_UkNationalInsurance_HandWrittenChinese()
    {
        // 2025-26 monthly thresholds (HMRC): LEL 542, PT 1 048, UEL 4 189; (3 000 − 1 048) × 8 % = 156.16.
        var ni = Engine.Calculate(Uk("1257L", "A")).Line("NI_EE")!;

        Assert.Equal(156.16m, ni.Amount);
        Assert.StartsWith(
            "第一类雇员供款（Class 1 primary），类别 A（标准），2025-26：(min(工资, UEL) − PT) × 主费率 + (工资 − UEL) × 附加费率，工资低于 LEL 时为零"
            + "（工资=3000，LEL=542，PT=1048，UEL=4189，主费率=0.08，附加费率=0.02） = 156.16；依据：Social Security (Contributions) Regulations 2001",
            Chinese.LineExplanation(ni), StringComparison.Ordinal);
        Assert.StartsWith(
            "Class 1 primary contribution, category A (standard), 2025-26: (min(pay, UEL) − PT) × mainRate + (pay − UEL) × additionalRate, nothing below the LEL"
            + " (pay=3000, LEL=542, PT=1048, UEL=4189, mainRate=0.08, additionalRate=0.02) = 156.16; source: Social Security (Contributions) Regulations 2001",
            ni.Explanation, StringComparison.Ordinal);
        Assert.Equal(ni.Explanation, English.LineExplanation(ni));
    }

    [Fact]
    public void LineExplanation_UkPaye_ChineseRuleAndFormula()
    {
        var paye = Engine.Calculate(Uk("1257L", "A")).Line("PAYE")!;

        Assert.StartsWith(
            "PAYE 所得税，税码 1257L，累计计税，2025-26 税年：(工资 − 免税工资) 取整英镑后按各税级计算的税额 × 期数 ÷ 全年期数，减去此前已缴税额（工资=3000，累计工资=3000，免税工资=",
            Chinese.LineExplanation(paye), StringComparison.Ordinal);
        Assert.Contains("；依据：HMRC, Specification for PAYE Tax Table Routines", Chinese.LineExplanation(paye), StringComparison.Ordinal);
    }

    [Fact]
    public void LineExplanation_HongKongMpf_HandWrittenChinese()
    {
        // Relevant income 20 000 is under the 30 000 maximum: 20 000 × 5 % = 1 000.00.
        var mpf = Engine.Calculate(Hk(20_000m)).Line("MPF_EE")!;

        Assert.Equal(1_000m, mpf.Amount);
        Assert.StartsWith(
            "强积金雇员强制性供款：min(有关入息, 最高有关入息水平) × 供款率，计至分（有关入息=20000，最高有关入息水平=30000，供款率=0.05） = 1000.00；依据：MPFA",
            Chinese.LineExplanation(mpf), StringComparison.Ordinal);
        Assert.StartsWith("MPF employee mandatory contribution: min(relevantIncome, maximumRelevantIncome) × rate, to the cent (relevantIncome=20000, maximumRelevantIncome=30000, rate=0.05) = 1000.00; source: MPFA",
            mpf.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void LineExplanation_SingaporeCpf_HandWrittenChinese()
    {
        // A citizen of 30 earning 5 000 (under the 7 400 ceiling): 20 % employee share = 1 000.00.
        var cpf = Engine.Calculate(Sg(5_000m)).Line("CPF_EE")!;

        Assert.Equal(1_000m, cpf.Amount);
        Assert.StartsWith("公积金雇员缴款（全额缴款率表，55 岁及以下）：雇员缴款率 × 总工资，舍去分（普通工资=5000，额外工资=0，", Chinese.LineExplanation(cpf), StringComparison.Ordinal);
        Assert.Contains("雇员缴款率=0.2", Chinese.LineExplanation(cpf), StringComparison.Ordinal);
        Assert.Contains(" = 1000.00；依据：CPF Board", Chinese.LineExplanation(cpf), StringComparison.Ordinal);
        Assert.StartsWith("CPF employee contribution (Full, UpTo55): employeeRate × totalWages, cents dropped (ordinaryWages=5000, additionalWages=0,", cpf.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void LineExplanation_PolicyFormula_ChineseWordsAndDescriptionFormulaAsWritten()
    {
        var line = Engine.Calculate(Beijing).Line("BASE")!;

        Assert.Equal("base_salary * proration_factor，其中 base_salary=10000，proration_factor=1 = 10000.00（四舍五入到分）。月基本工资，未满月在职的按比例折算。",
            Chinese.LineExplanation(line));
        Assert.Equal("base_salary * proration_factor with base_salary=10000, proration_factor=1 = 10000.00 (rounded to the fen). Monthly base salary, prorated for a month not fully employed.",
            line.Explanation);
    }

    [Fact]
    public void LineExplanation_HostPolicyDescription_KeptAsWritten()
    {
        var policy = HrKit.Payroll.Policies.PayPolicyLoader.Parse("""
            { "name": "Host", "components": [ { "code": "BASE", "name": "月薪", "kind": "earning", "formula": "base_salary", "description": "Our own rule." } ] }
            """);
        var line = new PayrollEngineBuilder().WithPolicy(policy).Build().Calculate(Beijing).Line("BASE")!;

        Assert.Equal("base_salary，其中 base_salary=10000 = 10000.00（四舍五入到分）。Our own rule.", Chinese.LineExplanation(line));
    }

    [Fact]
    public void LineExplanation_MinimumWageShortfall_HandWrittenChinese()
    {
        // Shenzhen from 2025-03-01: 2 520 a month, contributions included; 2 500 of normal pay is 20.00 short.
        var slip = Engine.Calculate(Shenzhen(2_500m));
        var flag = slip.Line(PayslipMinimumWage.LineCode)!;

        Assert.Equal("低于最低工资：正常工作满一个月的工资为 2500.00，比 shenzhen 的月最低工资标准 2520.00（自 2025-03-01 起执行）少 20.00。", Chinese.LineExplanation(flag));
        Assert.Equal("Below the minimum wage: a full month of normal work pays 2500.00, under shenzhen's 2520.00 (from 2025-03-01) by 20.00.", flag.Explanation);
    }

    [Fact]
    public void Describe_ProvisionalContributions_ChineseAndTheRecordsEnglishMessage()
    {
        var slip = Engine.Calculate(Samples().Single(s => s.EmployeeId == "P1"));
        var carry = slip.ProvisionalContributions!;

        Assert.Equal(carry.Message, English.Describe(carry));
        Assert.Equal(carry.Message, slip.Line("CONTRIBUTIONS_PROVISIONAL")!.Explanation);
        Assert.StartsWith("2026-07 年度缴费标准尚未公布，暂按 2025-07 年度缴费基数计算（beijing 缴费标准 2025-07-01..2026-06-30，已顺延 5 个月，最多顺延 24 个月）。",
            Chinese.Describe(carry), StringComparison.Ordinal);
        Assert.Equal(Chinese.Describe(carry), Chinese.LineExplanation(slip.Line("CONTRIBUTIONS_PROVISIONAL")!));
    }

    [Fact]
    public void Localize_ReportAlerts_ChineseOvertimeAndProvisionalAlerts()
    {
        // 10 000 base, 40 workday hours at 10 000 / 21.75 / 8 × 1.5 = 86.21 an hour → 3 448.28; share 3 448.28 / 13 448.28 = 25.64 %.
        var overtime = Engine.Calculate(Beijing with { Department = "研发", Overtime = new OvertimeHours(40m, 0m, 0m) });
        var provisional = Engine.Calculate(Samples().Single(s => s.EmployeeId == "P1"));
        var report = new PayrollReportBuilder().Build([overtime, provisional]);

        var chinese = Chinese.Localize(report);

        Assert.Equal(report.Alerts.ToArray(), English.Localize(report).Alerts.ToArray());
        Assert.Equal(2, chinese.Alerts.Length);
        Assert.Equal("部门“研发”：加班费占应发工资的 25.64%（3448.28 / 13448.28），超过 20% 的预警线。", chinese.Alerts[0]);
        Assert.Equal("Department '研发': overtime is 25.64% of gross pay (3448.28 of 13448.28), above the 20% threshold.", report.Alerts[0]);
        Assert.StartsWith("1 张工资单的社保公积金为暂定（beijing 2026-11）：2026-07 年度缴费标准尚未公布", chinese.Alerts[1], StringComparison.Ordinal);
        Assert.Equal(report.PayStructure, chinese.PayStructure);
    }

    // The rule of issue 15: nothing a built-in producer writes reaches a Chinese reader as an English sentence. Law
    // names after 依据 (HMRC, MPFA, the CPF Act) stay as written, as do formulas and the names they read (code).
    [Fact]
    public void LineExplanation_EveryBuiltInLineOfEverySample_HasNoEnglishSentenceInChinese()
    {
        var english = new List<string>();
        var lines = 0;
        var sentencesInEnglish = 0;
        foreach (var input in Samples())
        {
            var slip = Engine.Calculate(input);
            foreach (var line in slip.Lines)
            {
                lines++;
                sentencesInEnglish += EnglishSentence(WithoutCitation(line.Explanation)) is null ? 0 : 1;
                var text = Chinese.LineExplanation(line);
                if (EnglishSentence(WithoutCitation(text)) is { } sentence)
                {
                    english.Add($"{input.EmployeeId} {line.Code}: '{sentence}' in {text}");
                }
            }
        }

        Assert.True(lines > 100, $"only {lines} lines rendered");
        Assert.True(sentencesInEnglish > lines / 2, $"the detector found English sentences in only {sentencesInEnglish} of {lines} English explanations");
        Assert.Empty(english);
    }

    [Fact]
    public void Samples_CoverEveryStatutoryWording()
    {
        var texts = Samples().Select(Engine.Calculate).SelectMany(s => s.Lines).Select(l => l.Explanation).ToList();

        foreach (var expected in new[]
        {
            "nothing below the LEL", "at most 50 % of pay", "week 1/month 1 basis", "contribution holiday", "below minimumRelevantIncome",
            "at or below the nil band", "employer-only band", "phaseIn ×", "SprFirstYear", "Capped at", "Below the minimum wage", "cycle not yet published",
        })
        {
            Assert.Contains(texts, t => t.Contains(expected, StringComparison.Ordinal));
        }
    }

    // Three or more English words in a row, e.g. "rounded to the fen"; a lone code or name (PAYE, UEL, base_salary,
    // yyyy-MM-dd) is not one.
    internal static string? EnglishSentence(string text) => Sentence().Match(text) is { Success: true } m ? m.Value : null;

    private static string WithoutCitation(string text)
    {
        foreach (var marker in new[] { "依据：", "; source: " })
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return text[..at];
            }
        }

        return text;
    }

    [GeneratedRegex(@"(?<![\w.])[A-Za-z]{2,}(?:-[A-Za-z]+)*(?:[ ,']+[A-Za-z]{2,}(?:-[A-Za-z]+)*){2,}(?![\w.(-])")]
    private static partial Regex Sentence();
}
