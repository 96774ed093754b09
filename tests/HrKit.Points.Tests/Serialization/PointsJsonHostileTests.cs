using HrKit.Points;
using System.Text;
using HrKit.Points.Serialization;

namespace HrKit.Points.Tests.Serialization;

/// <summary>Issue 10: whatever a JSON Lines file holds, reading it ends in events or a <see cref="PointsInputException"/> naming the line.</summary>
public sealed class PointsJsonHostileTests
{
    private const string Valid = """{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:55:00+08:00"}""";

    private static PointsInputException ReadFails(string text) =>
        Assert.Throws<PointsInputException>(() => PointsJson.ReadEventLines(new StringReader(text)).ToList());

    [Theory]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":123}""", "occurredAt")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":null}""", "ISO-8601")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:55:00+25:00"}""", "offset")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:55:00 Asia/Shanghai"}""", "offset")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"9999-12-31T23:59:59-18:00"}""", "PointsBounds.EventTimes")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"-9998-01-01T00:00:00+18:00"}""", "PointsBounds.EventTimes")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"9999-12-31T00:00:00Z"}""", "'9999-12-31T00:00:00Z' is outside")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"0001-01-01T00:00:00Z"}""", "event 'a': 'occurredAt' 0001-01-01T00:00:00Z is outside")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"2200-12-31T23:00:00-08:00"}""", "event 'a': 'occurredAt' 2201-01-01T07:00:00Z is outside")]
    [InlineData("""{"eventId":5,"employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:55:00Z"}""", "$.eventId")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:55:00Z","count":1e10}""", "$.count")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:55:00Z","score":1e300}""", "$.score")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:55:00Z","x":[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]}""", "depth")]
    [InlineData("""{"eventId":"a","eventId":"b","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:55:00Z"}""", "Duplicate property")]
    [InlineData("[1,2]", "not a valid event")]
    [InlineData("null", "'the whole event' is missing")]
    [InlineData("42", "not a valid event")]
    [InlineData("{", "not a valid event")]
    [InlineData("""{"eventId":"a","employeeId":"E1","type":"checkIn"}""", "'occurredAt' is missing")]
    public void ReadEventLines_HostileLine_PointsInputExceptionNamingTheLine(string line, string expected)
    {
        var ex = ReadFails(Valid + "\n" + line);

        Assert.StartsWith("line 2: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEventLines_IdLongerThanBound_RejectedWithoutEchoingIt()
    {
        var ex = ReadFails(Valid.Replace("\"E1\"", "\"" + new string('e', 10_000) + "\"", StringComparison.Ordinal));

        Assert.Contains("'employeeId' 10,000 characters long; the limit is 256 (PointsBounds.MaxIdLength)", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 500);
    }

    [Fact]
    public void ReadEventLines_EndlessLine_RejectedAfterTheLimitWithoutReadingItWhole()
    {
        var ex = Assert.Throws<PointsInputException>(() => PointsJson.ReadEventLines(new EndlessReader()).ToList());

        Assert.Equal("line 1: longer than 65,536 characters (PointsBounds.MaxEventLineLength); an event is one short JSON object per line.", ex.Message);
    }

    [Fact]
    public void ReadEventLines_LineExactlyAtLimit_IsReadAsOneLine()
    {
        var padded = Valid[..^1] + ",\"pad\":\"" + new string('p', PointsBounds.MaxEventLineLength - Valid.Length - 9) + "\"}";

        var events = PointsJson.ReadEventLines(new StringReader(padded + "\r\n" + Valid)).ToList();

        Assert.Equal(PointsBounds.MaxEventLineLength, padded.Length);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void ReadEventLines_CrLfCrAndLfTerminators_EachEndALine()
    {
        var ex = ReadFails(Valid + "\r\n" + Valid + "\r" + Valid + "\n\n" + "oops");

        Assert.StartsWith("line 5: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEventLines_StreamWithInvalidUtf8_PointsInputExceptionNamingTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid + "\n").Concat(new byte[] { 0x7b, 0xff, 0xfe, 0x7d, 0x0a }).ToArray();

        var ex = Assert.Throws<PointsInputException>(() => PointsJson.ReadEventLines(new MemoryStream(bytes)));

        Assert.StartsWith("line 2: not valid UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEventLines_StreamWithByteOrderMark_IsRead()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        Assert.Equal("a", Assert.Single(PointsJson.ReadEventLines(new MemoryStream(bytes))).EventId);
    }

    /// <summary>A line that never ends: reading it whole would never finish.</summary>
    private sealed class EndlessReader : TextReader
    {
        public override int Read(char[] buffer, int index, int count)
        {
            Array.Fill(buffer, 'a', index, count);
            return count;
        }
    }
}
