using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Cli.Output.Contributions;

/// <summary>A city's schedule in <c>payroll contributions --format json</c>; <c>effectiveTo</c> is null when open-ended.</summary>
internal sealed record ContributionScheduleJson(
    string City, string EffectiveFrom, string? EffectiveTo, string Origin, bool Confirmed, decimal HousingFundMinRate, decimal HousingFundMaxRate,
    ContributionSourceJson Source, IReadOnlyList<ContributionItemJson> Items)
{
    public static ContributionScheduleJson From(CityContributionSchedule s) => new(
        s.City, ContributionWords.Date(s.EffectiveFrom), s.EffectiveTo is { } to ? ContributionWords.Date(to) : null, s.Origin, s.IsConfirmed,
        s.HousingFundMinRate, s.HousingFundMaxRate, ContributionSourceJson.From(s.Provenance), [.. s.Items.Select(ContributionItemJson.From)]);
}
