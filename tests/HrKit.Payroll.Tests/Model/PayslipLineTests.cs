using HrKit.Payroll.Model;

namespace HrKit.Payroll.Tests.Model;

public sealed class PayslipLineTests
{
    private static readonly PayslipLine FromEngine = SampleInputsLine();

    private static PayslipLine SampleInputsLine() =>
        Engine.SampleInputs.StandardEngine.Calculate(Engine.SampleInputs.Valid).Line("PENSION_EE")!;

    [Fact]
    public void Equals_LineWithDetailsAndLineWithTheSameText_AreEqual()
    {
        var fromText = new PayslipLine(FromEngine.Code, FromEngine.Name, FromEngine.Kind, FromEngine.Amount, FromEngine.Explanation);

        Assert.Equal(fromText, FromEngine);
        Assert.Equal(fromText.GetHashCode(), FromEngine.GetHashCode());
        Assert.NotEqual(fromText with { Amount = 1m }, FromEngine);
    }

    [Fact]
    public void Details_LineBuiltFromText_IsATextExplanation()
    {
        var line = new PayslipLine("X", "X", PayslipLineKind.Info, 0m, "why");

        Assert.Equal((LineExplanationKind.Text, "why"), (line.Details.Kind, line.Details.ToString()));
        Assert.Empty(line.Details.Figures);
    }

    [Fact]
    public void With_NewExplanationText_ReplacesTheDetails()
    {
        var line = FromEngine with { Explanation = "overridden" };

        Assert.Equal("overridden", line.Explanation);
        Assert.Equal(LineExplanationKind.Text, line.Details.Kind);
        Assert.Equal(LineExplanationKind.Contribution, FromEngine.Details.Kind);
    }

    [Fact]
    public void Deconstruct_LineWithDetails_GivesTheFormattedText()
    {
        var (code, _, _, amount, explanation) = FromEngine;

        Assert.Equal(("PENSION_EE", 800m), (code, amount));
        Assert.StartsWith("base 10000.00 × 8%", explanation, StringComparison.Ordinal);
    }
}
