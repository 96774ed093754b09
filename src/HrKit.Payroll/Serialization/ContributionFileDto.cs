namespace HrKit.Payroll.Serialization;

// Wire shapes of china-contributions.json; documented in docs/payroll-contributions.md.
internal sealed record ContributionFileDto(
    List<ContributionCityDto>? Cities = null);

internal sealed record ContributionCityDto(
    string? City = null,
    string? Name = null,
    List<ContributionScheduleDto>? Schedules = null);

internal sealed record ContributionScheduleDto(
    string? EffectiveFrom = null,
    string? EffectiveTo = null,
    string? Source = null,
    List<ContributionItemDto>? Items = null,
    HousingFundDto? HousingFund = null);

internal sealed record ContributionItemDto(
    string? Code = null,
    string? Name = null,
    decimal EmployeeRate = 0,
    decimal EmployerRate = 0,
    decimal EmployeeFixed = 0,
    decimal BaseFloor = 0,
    decimal BaseCeiling = 0,
    string? Rounding = null);

internal sealed record HousingFundDto(
    decimal DefaultRate = 0,
    decimal MinRate = 0,
    decimal MaxRate = 0,
    decimal BaseFloor = 0,
    decimal BaseCeiling = 0,
    string? Rounding = null);
