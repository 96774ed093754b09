using HrKit.Payroll.Model;

namespace HrKit.Payroll.Engine.Explanations;

/// <summary>A line explained by a fixed text; the engine's texts are static instances, so they cost nothing per payslip.</summary>
internal sealed class TextExplanation(string text) : LineExplanation
{
    public override LineExplanationKind Kind => LineExplanationKind.Text;

    public override IReadOnlyList<KeyValuePair<string, decimal>> Figures => [];

    public override string ToString() => text;
}
