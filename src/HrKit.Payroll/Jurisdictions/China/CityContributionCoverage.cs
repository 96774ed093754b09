using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>How far a city's data reaches (see <see cref="ContributionTable.Coverage"/>).</summary>
/// <param name="City">City code.</param>
/// <param name="FirstDay">First day of the city's earliest schedule.</param>
/// <param name="LastDay">Last day of its latest schedule; null when the latest is open-ended.</param>
/// <param name="Latest">The latest schedule, the one carried forward after <see cref="LastDay"/>.</param>
/// <param name="CarryForwardUntil">The last month a carry-forward may pay; null when the latest schedule is open-ended.</param>
public sealed record CityContributionCoverage(
    string City,
    LocalDate FirstDay,
    LocalDate? LastDay,
    CityContributionSchedule Latest,
    YearMonth? CarryForwardUntil);
