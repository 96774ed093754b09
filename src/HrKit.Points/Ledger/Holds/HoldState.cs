namespace HrKit.Points.Ledger.Holds;

/// <summary>Where a two-phase redemption stands.</summary>
public enum HoldState
{
    /// <summary>Points are taken and stock reserved; waiting for the provider to fulfil or fail.</summary>
    Held = 0,

    /// <summary>The provider delivered: the redemption stands.</summary>
    Fulfilled = 1,

    /// <summary>Cancelled before fulfilment (provider failure, employee cancel): points and stock given back.</summary>
    Voided = 2,

    /// <summary>Neither fulfilled nor voided before its deadline: points and stock given back.</summary>
    Expired = 3,
}
