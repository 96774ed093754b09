using NodaTime;

namespace HrKit.Points.Model;

/// <summary>
/// Something an employee did that a policy may reward or penalise. Hosts send these; the JSON format is in
/// docs/points-events.md. Optional numbers default to 0 and optional text to "" when a rule reads them.
/// </summary>
/// <param name="EventId">Unique id of the source event; the ledger awards each event at most once.</param>
/// <param name="EmployeeId">The employee the event is about.</param>
/// <param name="Type">Event type, e.g. <c>checkIn</c>, <c>late</c>, <c>shareArticle</c>.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record PointsEvent(string EventId, string EmployeeId, string Type, Instant OccurredAt)
{
    /// <summary>A score or rating, e.g. a performance review score out of 100.</summary>
    public decimal? Score { get; init; }

    /// <summary>A count, e.g. absences and late arrivals in an attendance month.</summary>
    public int? Count { get; init; }

    /// <summary>A duration in minutes, e.g. minutes late or the length of a course.</summary>
    public int? Minutes { get; init; }

    /// <summary>A number of days, e.g. days worked in an attendance month.</summary>
    public int? Days { get; init; }

    /// <summary>What the event concerns, e.g. an article or course id.</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// Custom attributes, each declared with its type in the policy's <c>Attributes</c> (docs/points-policy.md): a JSON
    /// string, number, true/false, or ISO date string such as <c>"2025-06-01"</c>. Rules read them as <c>e.name</c>. An
    /// attribute the policy does not declare, or of another type, gets the event rejected naming it.
    /// </summary>
    /// <example><c>Attributes = new Dictionary&lt;string, JsonElement&gt; { ["channel"] = JsonSerializer.SerializeToElement("wecom") }</c></example>
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Attributes { get; init; }
}
