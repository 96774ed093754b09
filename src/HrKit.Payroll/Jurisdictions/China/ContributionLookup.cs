using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>What applies to a city in a month: the schedule (with its sources), whether it is carried forward, or why nothing applies.</summary>
/// <param name="City">City code as asked.</param>
/// <param name="Month">The month asked.</param>
/// <param name="Coverage">Published, carried forward, or why there is no schedule.</param>
/// <param name="Schedule">The schedule that applies (published or carried forward); null otherwise.</param>
/// <param name="CarryForward">Set when <see cref="Coverage"/> is <see cref="ContributionCoverage.CarriedForward"/>.</param>
/// <param name="Message">One sentence for people: what applies, or what is missing and how to fix it.</param>
public sealed record ContributionLookup(
    string City,
    YearMonth Month,
    ContributionCoverage Coverage,
    CityContributionSchedule? Schedule,
    ContributionCarryForward? CarryForward,
    string Message)
{
    /// <summary>Whether a schedule applies (published or carried forward).</summary>
    public bool HasSchedule => Schedule is not null;
}
