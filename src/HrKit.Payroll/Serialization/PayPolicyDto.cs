namespace HrKit.Payroll.Serialization;

// Wire shape of a pay policy file; documented in docs/payroll-policy.md.
internal sealed record PayPolicyDto(
    string? Name = null,
    string? Version = null,
    Dictionary<string,
    decimal>? Parameters = null,
    Dictionary<string,
    Dictionary<string,
    decimal>>? Tables = null,
    List<CustomInputDto>? CustomInputs = null,
    string? SocialInsuranceBase = null,
    List<PayComponentDto>? Components = null);

internal sealed record CustomInputDto(
    string? Name = null,
    decimal Default = 0,
    string? Description = null);

internal sealed record PayComponentDto(
    string? Code = null,
    string? Name = null,
    string? Kind = null,
    string? Formula = null,
    string? Rounding = null,
    bool TaxFree = false,
    string? Description = null);
