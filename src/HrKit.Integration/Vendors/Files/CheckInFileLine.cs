using System.Text.Json.Serialization;

namespace HrKit.Integration.Vendors.Files;

/// <summary>One line of a check-in file as written; every field is checked after reading so errors can name it.</summary>
internal sealed record CheckInFileLine(
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("recordId")] string? RecordId,
    [property: JsonPropertyName("employeeId")] string? EmployeeId,
    [property: JsonPropertyName("time")] string? Time,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("outcome")] string? Outcome);

/// <summary>Source-generated reading of <see cref="CheckInFileLine"/>; unknown members are errors, not silently ignored.</summary>
[JsonSourceGenerationOptions(UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CheckInFileLine))]
internal sealed partial class CheckInFileJsonContext : JsonSerializerContext;
