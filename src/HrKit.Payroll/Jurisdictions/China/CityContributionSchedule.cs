using System.Collections.Immutable;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>A city's contribution rules for a contribution year (缴费年度), valid from one date to another.</summary>
/// <param name="City">City code, lower case, e.g. <c>beijing</c>.</param>
/// <param name="EffectiveFrom">First day the schedule applies.</param>
/// <param name="EffectiveTo">Last day it applies; null while open-ended.</param>
/// <param name="Items">Social insurance items and the housing fund.</param>
/// <param name="HousingFundMinRate">Lowest housing fund rate an employer may choose.</param>
/// <param name="HousingFundMaxRate">Highest housing fund rate an employer may choose.</param>
/// <param name="Source">Where the figures come from (notice title, URL), shown in payslip explanations.</param>
public sealed record CityContributionSchedule(
    string City,
    LocalDate EffectiveFrom,
    LocalDate? EffectiveTo,
    ImmutableArray<ContributionItem> Items,
    decimal HousingFundMinRate,
    decimal HousingFundMaxRate,
    string Source)
{
    /// <summary>Whether the schedule covers the first day of <paramref name="month"/>.</summary>
    public bool Covers(YearMonth month)
    {
        var day = month.OnDayOfMonth(1);
        return day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo.Value);
    }
}
