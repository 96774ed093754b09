using System.Globalization;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>A host pack's explanation text: rule, then formula, figures in order, amount to the cent and source, each part only when given.</summary>
public sealed class StatutoryExplanationTests
{
    private static readonly KeyValuePair<string, decimal>[] Figures = [new("relevantIncome", 20_000m), new("rate", 0.05m)];

    [Fact]
    public void ToString_EveryPart_InOrder() =>
        Assert.Equal(
            "MPF employee mandatory contribution: relevantIncome × rate (relevantIncome=20000, rate=0.05) = 1000.00; source: Cap. 485, Schedule 3.",
            new StatutoryExplanation("MPF employee mandatory contribution", "relevantIncome × rate", Figures, 1_000m, new LegalSource("Cap. 485", "Schedule 3")).ToString());

    [Fact]
    public void ToString_OneFigure_NoSeparator() =>
        Assert.Equal("Levy (pay=100) = 0.25.", new StatutoryExplanation("Levy", "", [new("pay", 100m)], 0.25m).ToString());

    [Fact]
    public void ToString_NoFormulaFiguresOrSource_RuleAndAmountOnly() =>
        Assert.Equal("Flat fee = 2.00.", new StatutoryExplanation("Flat fee", "", [], 2m).ToString());

    [Fact]
    public void Properties_AsGiven()
    {
        var source = new LegalSource("Cap. 485");
        var explanation = new StatutoryExplanation("MPF", "relevantIncome × rate", Figures, 1_000m, source);

        Assert.Equal("MPF", explanation.Rule);
        Assert.Equal("relevantIncome × rate", explanation.Formula);
        Assert.Equal(Figures, explanation.Figures);
        Assert.Equal(1_000m, explanation.Amount);
        Assert.Same(source, explanation.Source);
        Assert.Equal(LineExplanationKind.Statutory, explanation.Kind);
    }

    [Fact]
    public void Constructor_BadArguments_Refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => new StatutoryExplanation(" ", "", [], 0m));
        Assert.Equal("formula", Assert.Throws<ArgumentNullException>(() => new StatutoryExplanation("r", null!, [], 0m)).ParamName);
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => new StatutoryExplanation("r", "", null!, 0m)).ParamName);
    }

    // A built-in pack's explanation: rule, formula and figure names are resource keys, rendered in the reader's language
    // (the Hong Kong MPF texts of PayrollStrings.resx and PayrollStrings.zh-CN.resx); the frame is translated with them.
    private static StatutoryExplanation BuiltInMpf(bool withFormula = true) => new(
        "HK",
        new LocalText("Explain.HK.MpfEmployee"),
        withFormula ? new LocalText("Explain.HK.MpfFormula") : null,
        Figures,
        1_000m,
        new LegalSource("Cap. 485"));

    [Fact]
    public void Describe_BuiltInInEnglishAndChinese_EveryPartInTheReadersLanguage()
    {
        var chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Equal(
            "MPF employee mandatory contribution: min(relevantIncome, maximumRelevantIncome) × rate, to the cent (relevantIncome=20000, rate=0.05) = 1000.00; source: Cap. 485.",
            BuiltInMpf().Describe(PayrollLocalizer.English));
        Assert.Equal(
            "强积金雇员强制性供款：min(有关入息, 最高有关入息水平) × 供款率，计至分（有关入息=20000，供款率=0.05） = 1000.00；依据：Cap. 485。",
            BuiltInMpf().Describe(chinese));
    }

    [Fact]
    public void RuleAndFormula_BuiltIn_AreTheEnglishTexts_AndNoFormulaIsEmpty()
    {
        var mpf = BuiltInMpf();
        var bare = BuiltInMpf(withFormula: false);

        Assert.Equal(("MPF employee mandatory contribution", "min(relevantIncome, maximumRelevantIncome) × rate, to the cent"), (mpf.Rule, mpf.Formula));
        Assert.Equal(("MPF employee mandatory contribution", ""), (bare.Rule, bare.Formula));
        Assert.Equal("强积金雇员强制性供款（有关入息=20000，供款率=0.05） = 1000.00；依据：Cap. 485。", bare.Describe(PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"))));
    }

    [Fact]
    public void Describe_HostExplanationReadInChinese_KeepsItsWordsAndTheEnglishFrame() =>
        Assert.Equal(
            "MPF: relevantIncome × rate (relevantIncome=20000, rate=0.05) = 1000.00.",
            new StatutoryExplanation("MPF", "relevantIncome × rate", Figures, 1_000m).Describe(PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"))));
}
