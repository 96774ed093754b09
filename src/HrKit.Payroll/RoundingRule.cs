namespace HrKit.Payroll;

/// <summary>How an amount is rounded. Half-way cases round away from zero (四舍五入) unless the name says otherwise.</summary>
public enum RoundingRule
{
    /// <summary>To 0.01 yuan.</summary>
    Fen = 0,

    /// <summary>To 0.1 yuan.</summary>
    Jiao = 1,

    /// <summary>To whole yuan.</summary>
    Yuan = 2,

    /// <summary>Up to the next whole yuan (some housing fund centres).</summary>
    YuanUp = 3,

    /// <summary>Not rounded: for intermediate figures such as hourly rates.</summary>
    None = 4,
}
