using HrKit.Points;
using HrKit.Points.Serialization;
using NodaTime;

namespace HrKit.Points.Tests.Serialization;

public sealed class PointsJsonTests
{
    [Fact]
    public void ReadEventLines_OffsetAndOptionalFields_Parsed()
    {
        var events = PointsJson.ReadEventLines(new StringReader("""
            // a comment
            {"eventId":"a","employeeId":"E1","type":"trainingCompleted","occurredAt":"2025-06-02T08:55:00+08:00","minutes":90,"subject":"c-1"}

            {"eventId":"b","employeeId":"E2","type":"checkIn","occurredAt":"2025-06-02T00:55:00Z"}
            """)).ToList();

        Assert.Equal(2, events.Count);
        Assert.Equal(Instant.FromUtc(2025, 6, 2, 0, 55), events[0].OccurredAt);
        Assert.Equal((90, "c-1"), (events[0].Minutes!.Value, events[0].Subject!));
        Assert.Null(events[1].Score);
    }

    [Fact]
    public void ReadEventLines_MissingEmployee_NamesLineAndField()
    {
        var ex = Assert.Throws<PointsInputException>(() => PointsJson.ReadEventLines(new StringReader("""
            {"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:55:00+08:00"}
            {"eventId":"b","type":"checkIn","occurredAt":"2025-06-02T08:55:00+08:00"}
            """)).ToList());

        Assert.StartsWith("line 2: 'employeeId' is missing", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new HrKit.HrKitErrorTarget(Line: 2, Field: "employeeId"), ex.Target);
    }

    [Fact]
    public void ReadEventLines_TimeWithoutOffset_Rejected()
    {
        var ex = Assert.Throws<PointsInputException>(() => PointsJson.ReadEventLines(new StringReader("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:55:00"}""")).ToList());

        Assert.Contains("offset", ex.Message, StringComparison.Ordinal);
    }
}
