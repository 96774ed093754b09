namespace HrKit.Points.Model;

/// <summary>Why a posting exists.</summary>
public enum PostingKind
{
    /// <summary>Points from a policy rule (positive, zero when capped, or a negative penalty).</summary>
    Award = 0,

    /// <summary>Points spent on a catalog item.</summary>
    Redemption = 1,

    /// <summary>Cancels another posting.</summary>
    Reversal = 2,

    /// <summary>Points that reached their expiry date unspent.</summary>
    Expiry = 3,

    /// <summary>A manual correction by an administrator, with a reason (see <see cref="Ledger.PointsAdjustment"/>).</summary>
    Adjustment = 4,
}
