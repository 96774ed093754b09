using HrKit.Points.Model;

namespace HrKit.Points.Analytics;

/// <summary>What counts as earned: rule awards (penalties included) net of their reversals; spending and expiry do not.</summary>
internal static class Earnings
{
    public static bool IsEarning(Posting p) =>
        p.Kind == PostingKind.Award || (p.Kind == PostingKind.Reversal && p.RuleName is not null);
}
