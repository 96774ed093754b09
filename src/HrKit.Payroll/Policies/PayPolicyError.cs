using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Policies;

/// <summary>One problem found in a pay policy.</summary>
/// <param name="Component">The component code (or section, e.g. <c>parameters</c>) at fault.</param>
/// <param name="Field">The field at fault, e.g. <c>formula</c>.</param>
/// <param name="Message">What is wrong and how to fix it (English; <see cref="PayPolicyException"/>'s
/// <see cref="HrKitException.GetMessage"/> shows a built-in problem in the user's language).</param>
public sealed record PayPolicyError(string Component, string Field, string Message)
{
    /// <summary>The problem as a resource text when the loader found it; null for a problem a host wrote.</summary>
    internal LocalText? Text { get; private init; }

    /// <summary>A problem the loader found: <see cref="Message"/> is the English rendering of <paramref name="text"/>.</summary>
    internal static PayPolicyError Of(string component, string field, LocalText text) => new(component, field, text.ToString()) { Text = text };

    /// <summary>The problem in <paramref name="texts"/>' language, as a list item <c>  - component.field: problem</c>.</summary>
    internal string Render(PayrollLocalizer texts) => texts.Format("Error.Policy.Item", Component, Field, Text?.Render(texts) ?? Message);

    /// <summary>Equal when component, field and message are (the resource text is how the message is shown, not what it says).</summary>
    public bool Equals(PayPolicyError? other) =>
        other is not null && Component == other.Component && Field == other.Field && Message == other.Message;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Component, Field, Message);

    /// <inheritdoc />
    public override string ToString() => $"{Component}.{Field}: {Message}";
}
