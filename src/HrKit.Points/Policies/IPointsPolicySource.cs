namespace HrKit.Points.Policies;

/// <summary>Supplies the policy in force. Read <see cref="Current"/> once per unit of work: it may change between reads.</summary>
public interface IPointsPolicySource
{
    /// <summary>The policy in force now.</summary>
    PointsPolicy Current { get; }
}
