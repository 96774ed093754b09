using System.Text.Json;
using System.Text.Json.Serialization;

namespace HrKit.Payroll.Serialization;

/// <summary>Writes enum values in camelCase (matching property names); reads them in any case.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
