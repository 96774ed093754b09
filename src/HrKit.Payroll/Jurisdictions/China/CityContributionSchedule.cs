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
/// <param name="Source">Where the figures come from (notice title, URL), in one line; <see cref="Provenance"/> has the parts.</param>
public sealed record CityContributionSchedule(
    string City,
    LocalDate EffectiveFrom,
    LocalDate? EffectiveTo,
    ImmutableArray<ContributionItem> Items,
    decimal HousingFundMinRate,
    decimal HousingFundMaxRate,
    string Source)
{
    /// <summary>The schedule's source and confidence mark; items without their own source use it.</summary>
    public ContributionSource Provenance { get; init; } = ContributionSource.Unknown;

    /// <summary>The file the schedule was read from (e.g. <c>beijing.json</c>); empty when built in code.</summary>
    public string Origin { get; init; } = "";

    /// <summary>Whether every item's figures are marked confirmed.</summary>
    public bool IsConfirmed => !Items.IsDefaultOrEmpty && Items.All(i => i.Provenance.Confidence == ContributionConfidence.Confirmed);

    /// <summary>The month the schedule starts, which names its cycle (e.g. the 2025-07 cycle).</summary>
    public YearMonth Cycle => new(EffectiveFrom.Year, EffectiveFrom.Month);

    /// <summary>Whether the schedule covers the first day of <paramref name="month"/>.</summary>
    public bool Covers(YearMonth month) => CoversDay(month.OnDayOfMonth(1));

    /// <summary>Whether <paramref name="day"/> falls within the schedule (a month's first day, computed once by a search).</summary>
    internal bool CoversDay(LocalDate day) => day >= EffectiveFrom && (EffectiveTo is not { } to || day <= to);
}
