using System.Text.Json.Serialization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every type HrKit.Payroll reads or writes: camelCase names, enums
/// as camelCase strings, NodaTime dates in ISO form, comments and trailing commas allowed in hand-edited files.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    MaxDepth = PayrollLimits.MaxJsonDepth,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(YearMonthJsonConverter), typeof(LocalDateJsonConverter),
        typeof(CamelCaseEnumConverter<PayslipLineKind>), typeof(CamelCaseEnumConverter<AnnualBonusTaxMethod>)])]
[JsonSerializable(typeof(ContributionFileDto))]
[JsonSerializable(typeof(PayPolicyDto))]
[JsonSerializable(typeof(EmployeeMonthInput))]
[JsonSerializable(typeof(Payslip))]
[JsonSerializable(typeof(List<Payslip>))]
[JsonSerializable(typeof(PayrollRunFile))]
[JsonSerializable(typeof(HrKit.Payroll.Engine.PayrollError))]
[JsonSerializable(typeof(HrKit.Payroll.Periods.RetroSettlement))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<HrKit.Payroll.Periods.RetroSettlement>))]
internal sealed partial class PayrollJsonContext : JsonSerializerContext;
