using HrKit.Points.Ledger;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Tests.Support;

internal static class TestData
{
    /// <summary>2025-06-02 09:00 in Shanghai (a Monday).</summary>
    public static readonly Instant Monday9am = Instant.FromUtc(2025, 6, 2, 1, 0);

    public static PointsEvent Event(string id, string employee, string type, Instant? at = null) =>
        new(id, employee, type, at ?? Monday9am);

    public static PostingRequest Award(string source, string employee, long points, string category = "general", Instant? at = null, Instant? expiresAt = null) =>
        new(source, source + "/r", employee, category, points, at ?? Monday9am) { RuleName = "r", EventType = "t", ExpiresAt = expiresAt };

    public static string TempPath(string extension) => Path.Combine(Path.GetTempPath(), $"hrkit-points-{Guid.NewGuid():N}{extension}");
}
