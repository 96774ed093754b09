using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// A city's minimum wage (最低工资标准) from a date until the next one of the same city (最低工资规定, 劳动和社会保障部令
/// 第21号). The monthly figure applies to full-time work; the hourly figure to non-full-time work (非全日制).
/// </summary>
/// <param name="City">City code, lower case, as in the contribution table (e.g. <c>beijing</c>).</param>
/// <param name="EffectiveFrom">First day the standard applies.</param>
/// <param name="Monthly">月最低工资标准, yuan.</param>
/// <param name="HourlyNonFullTime">小时最低工资标准 for non-full-time work, yuan; null when no source stating it was found.</param>
/// <param name="IncludesEmployeeContributions">
/// Whether the standard includes the employee's own social insurance and housing fund. Where it does not (Beijing,
/// Shanghai), the pay compared with the standard is net of them.
/// </param>
/// <param name="Source">The notice, or the report quoting it, and whether the figures were confirmed.</param>
public sealed record MinimumWage(
    string City,
    LocalDate EffectiveFrom,
    decimal Monthly,
    decimal? HourlyNonFullTime,
    bool IncludesEmployeeContributions,
    ContributionSource Source);
