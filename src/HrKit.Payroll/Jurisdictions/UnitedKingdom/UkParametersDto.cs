using System.Text.Json.Serialization;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

// Wire shape of uk-parameters.json. Every field is nullable so that a missing one is reported by name, not read as 0.
internal sealed record UkParametersFileDto(List<UkTaxYearDto?>? TaxYears = null);

internal sealed record UkTaxYearDto(
    string? TaxYear = null,
    string? EffectiveFrom = null,
    string? EffectiveTo = null,
    UkIncomeTaxDto? IncomeTax = null,
    UkNationalInsuranceDto? NationalInsurance = null);

internal sealed record UkSourceDto(string? Title = null, string? Url = null);

internal sealed record UkIncomeTaxDto(
    UkSourceDto? Source = null,
    decimal? RegulatoryLimitRate = null,
    UkSourceDto? RegulatoryLimitSource = null,
    Dictionary<string, UkRegionDto?>? Regions = null);

internal sealed record UkRegionDto(int? BasicRateBand = null, List<UkBandDto?>? Bands = null);

internal sealed record UkBandDto(string? Name = null, decimal? UpTo = null, decimal? Rate = null);

internal sealed record UkNationalInsuranceDto(
    UkSourceDto? Source = null,
    decimal? EmployerRate = null,
    UkThresholdsDto? Weekly = null,
    UkThresholdsDto? Monthly = null,
    Dictionary<string, UkCategoryDto?>? Categories = null);

internal sealed record UkThresholdsDto(
    decimal? Lel = null, decimal? Pt = null, decimal? St = null, decimal? Fust = null, decimal? Izust = null,
    decimal? Ust = null, decimal? Aust = null, decimal? Vust = null, decimal? Uel = null);

internal sealed record UkCategoryDto(
    string? Description = null,
    decimal? EmployeeMainRate = null,
    decimal? EmployeeAdditionalRate = null,
    string? EmployerFrom = null);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    MaxDepth = PayrollLimits.MaxJsonDepth,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(UkParametersFileDto))]
[JsonSerializable(typeof(UnitedKingdomInput))]
internal sealed partial class UkParametersJsonContext : JsonSerializerContext;
