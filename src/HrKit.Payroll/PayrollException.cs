using System.Globalization;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll;

/// <summary>
/// The base of HrKit.Payroll's exceptions: catch it for any payroll refusal. The subclasses say what was refused:
/// <see cref="PayrollInputException"/> (an employee-month input), <see cref="PayrollDataException"/> (reference data
/// such as a contribution table) and <see cref="Policies.PayPolicyException"/> (a pay policy).
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> is English (for logs); <see cref="HrKitException.GetMessage"/> gives the same
/// message in the user's language (zh-CN or English) when HrKit.Payroll raised it from its resources
/// (docs/localisation.md). An exception a host creates with its own message shows that message in every language.
/// </remarks>
public class PayrollException : HrKitException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public PayrollException()
        : this("A payroll operation was refused.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public PayrollException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public PayrollException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="errorCode">The stable code from <c>docs/errors.md</c>.</param>
    /// <param name="target">The record, field or rule at fault, when one is.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    /// <exception cref="ArgumentException"><paramref name="errorCode"/> is empty.</exception>
    public PayrollException(string message, string errorCode, HrKitErrorTarget? target = null, Exception? innerException = null)
        : base(message, errorCode, target, innerException)
    {
    }

    /// <summary>Creates the exception from a resource text: <see cref="Exception.Message"/> is its English rendering.</summary>
    internal PayrollException(LocalText text, string errorCode, HrKitErrorTarget? target, Exception? innerException)
        : base(text.ToString(), errorCode, target, innerException)
    {
        LocalisedText = text;
    }

    /// <summary>The message as a resource text when HrKit.Payroll raised it from its resources; null otherwise.</summary>
    internal LocalText? LocalisedText { get; }

    /// <summary>The message rendered from HrKit.Payroll's resources in <paramref name="culture"/> (zh-CN or English).</summary>
    /// <param name="culture">The language to render in; a culture without texts gets English.</param>
    /// <returns>The localised message; <see langword="null"/> when this exception carries no resource text.</returns>
    protected override string? LocalizeMessage(CultureInfo culture) => Localize(PayrollLocalizer.For(culture));

    /// <summary>The message in <paramref name="texts"/>' language; null when it has no resource text.</summary>
    internal virtual string? Localize(PayrollLocalizer texts) => LocalisedText?.Render(texts);
}
