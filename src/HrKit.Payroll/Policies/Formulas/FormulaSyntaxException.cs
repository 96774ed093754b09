using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Policies.Formulas;

/// <summary>A formula that cannot be parsed or type-checked; the message says where and why.</summary>
internal sealed class FormulaSyntaxException(LocalText text) : Exception(text.ToString())
{
    /// <summary>The message as a resource text, shown in the user's language inside a <see cref="PayPolicyException"/>.</summary>
    public LocalText Text { get; } = text;
}
