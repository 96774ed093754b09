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

    /// <summary>No hold has that request id.</summary>
    UnknownHold = 7,

    /// <summary>The hold is no longer held: it was fulfilled, voided or expired, and the operation needs it held.</summary>
    HoldNotPending = 8,

    /// <summary>The hold's deadline passed before it was fulfilled; it has been expired and its points given back.</summary>
    HoldExpired = 9,

    /// <summary>The database was written by a newer HrKit.Points schema version than this package reads.</summary>
    SchemaTooNew = 10,
}
