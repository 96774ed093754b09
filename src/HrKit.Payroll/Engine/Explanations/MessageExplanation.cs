using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Engine.Explanations;

/// <summary>
/// A line explained by a built-in message (a minimum-wage shortfall, provisional contributions), kept as a resource
/// key and its arguments so that it is shown in the reader's language; its text is English by default.
/// </summary>
internal sealed class MessageExplanation(LocalText message) : LineExplanation
{
    public override LineExplanationKind Kind => LineExplanationKind.Text;

    public override IReadOnlyList<KeyValuePair<string, decimal>> Figures => [];

    public override string ToString() => message.ToString();

    internal override string Describe(PayrollLocalizer texts) => message.Render(texts);
}
