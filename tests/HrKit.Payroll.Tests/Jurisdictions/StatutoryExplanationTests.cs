using HrKit.Payroll.Jurisdictions;
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
}
