namespace HrKit.Points.Analytics;

/// <summary>How a badge counts its events.</summary>
public enum BadgeWindow
{
    /// <summary>The count is a run of consecutive local days with at least one such event (a streak).</summary>
    ConsecutiveDays = 0,

    /// <summary>The count is events within one calendar month.</summary>
    Month = 1,

    /// <summary>The count is events within one calendar quarter (January–March, April–June…).</summary>
    Quarter = 2,

    /// <summary>The count is events within one calendar year.</summary>
    Year = 3,
}
