namespace HrKit.Points.Policies;

/// <summary>One problem found while loading a policy.</summary>
/// <param name="RuleName">The rule at fault, or <see langword="null"/> for the policy as a whole.</param>
/// <param name="Field">The JSON field at fault, e.g. <c>Expression</c> or <c>Properties.points</c>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record PolicyError(string? RuleName, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        RuleName is null ? $"{Field}: {Message}" : $"rule '{RuleName}': {Field}: {Message}";
}
