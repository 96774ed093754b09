namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>The earnings threshold above which a National Insurance category's employer (secondary) contributions start.</summary>
public enum SecondaryThreshold
{
    /// <summary>No employer contributions (category X).</summary>
    None = 0,

    /// <summary>Secondary Threshold (categories A, B, C, J).</summary>
    St = 1,

    /// <summary>Freeport Upper Secondary Threshold (categories F, I, L, S).</summary>
    Fust = 2,

    /// <summary>Investment Zone Upper Secondary Threshold (categories D, E, K, N).</summary>
    Izust = 3,

    /// <summary>Upper Secondary Threshold for under-21s (categories M, Z).</summary>
    Ust = 4,

    /// <summary>Apprentice Upper Secondary Threshold (category H).</summary>
    Aust = 5,

    /// <summary>Veterans Upper Secondary Threshold (category V).</summary>
    Vust = 6,
}
