namespace HrKit.Payroll.Policies;

/// <summary>One problem found in a pay policy.</summary>
/// <param name="Component">The component code (or section, e.g. <c>parameters</c>) at fault.</param>
/// <param name="Field">The field at fault, e.g. <c>formula</c>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record PayPolicyError(string Component, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Component}.{Field}: {Message}";
}
