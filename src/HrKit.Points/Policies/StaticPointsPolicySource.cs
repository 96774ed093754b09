namespace HrKit.Points.Policies;

/// <summary>A policy that never changes.</summary>
/// <param name="policy">The policy.</param>
public sealed class StaticPointsPolicySource(PointsPolicy policy) : IPointsPolicySource
{
    /// <inheritdoc />
    public PointsPolicy Current { get; } = policy ?? throw new ArgumentNullException(nameof(policy));
}
