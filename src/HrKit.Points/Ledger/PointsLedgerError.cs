namespace HrKit.Points.Ledger;

/// <summary>Why a ledger operation was refused.</summary>
public enum PointsLedgerError
{
    /// <summary>The balance is lower than the price or the amount to take back.</summary>
    InsufficientPoints = 0,

    /// <summary>The catalog item has no stock left.</summary>
    OutOfStock = 1,

    /// <summary>No catalog item has that id.</summary>
    UnknownItem = 2,

    /// <summary>The employee already redeemed the item as often as allowed.</summary>
    LimitReached = 3,

    /// <summary>No posting has that id.</summary>
    UnknownPosting = 4,

    /// <summary>Reversals and expiries cannot be reversed.</summary>
    NotReversible = 5,

    /// <summary>A credit would take an account past <see cref="PointsBounds.MaxBalance"/>.</summary>
    BalanceLimitExceeded = 6,
}
