using System.Text.Json.Serialization;

namespace HrKit.Payroll.Tests.Jurisdictions.Template;

/// <summary>Source-generated JSON for the template pack's input: camelCase, unknown fields refused.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(TemplateInput))]
internal sealed partial class TemplateJsonContext : JsonSerializerContext;
