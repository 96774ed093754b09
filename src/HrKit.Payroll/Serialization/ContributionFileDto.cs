namespace HrKit.Payroll.Serialization;

// Wire shapes of the contribution files (docs/payroll-contributions.md, docs/schemas/contribution-city.schema.json).
// A file is either one city ("city" + "schedules") or several ("cities"). Numbers are nullable so that a missing
// field is reported as missing rather than read as 0.
internal sealed record ContributionFileDto(
    [property: System.Text.Json.Serialization.JsonPropertyName("$schema")] string? Schema = null,
    string? City = null,
    string? Name = null,
    string? Province = null,
    List<ContributionScheduleDto>? Schedules = null,
    List<ContributionCityDto>? Cities = null);

internal sealed record ContributionCityDto(
    string? City = null,
    string? Name = null,
    string? Province = null,
    List<ContributionScheduleDto>? Schedules = null);

internal sealed record ContributionScheduleDto(
    string? EffectiveFrom = null,
    string? EffectiveTo = null,
    System.Text.Json.JsonElement? Source = null,
    List<ContributionItemDto>? Items = null,
    HousingFundDto? HousingFund = null);

internal sealed record ContributionSourceDto(
    string? Notice = null,
    string? Issuer = null,
    string? Url = null,
    string? Confidence = null,
    string? Note = null);

internal sealed record ContributionItemDto(
    string? Code = null,
    string? Name = null,
    decimal? EmployeeRate = null,
    decimal? EmployerRate = null,
    decimal? EmployeeFixed = null,
    decimal? BaseFloor = null,
    decimal? BaseCeiling = null,
    string? Rounding = null,
    ContributionSourceDto? Source = null);

internal sealed record HousingFundDto(
    decimal? DefaultRate = null,
    decimal? MinRate = null,
    decimal? MaxRate = null,
    decimal? BaseFloor = null,
    decimal? BaseCeiling = null,
    string? Rounding = null,
    ContributionSourceDto? Source = null);
