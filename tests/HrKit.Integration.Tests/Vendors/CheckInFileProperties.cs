using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Vendors.Files;
using NodaTime;

namespace HrKit.Integration.Tests.Vendors;

/// <summary>
/// Any check-in file — valid lines mutated, random text, random bytes — is read without an exception, and every
/// non-blank line becomes exactly one check-in or one rejection that names its line.
/// </summary>
public sealed class CheckInFileProperties
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private const string Valid = """{"source":"turnstile","recordId":"T1","employeeId":"E1","time":"2025-06-03T08:55:00+08:00","kind":"onDuty","outcome":"late"}""";

    private static Gen<byte[]> Line =>
        Gen.Frequency(
            (6, HostileText.AnyOf(Valid).Select(s => Encoding.UTF8.GetBytes(s.Replace('\n', ' ')))),
            (1, ArbMap.Default.GeneratorFor<byte[]>().Select(b => (b ?? []).Where(x => x != (byte)'\n').ToArray())));

    private static Arbitrary<byte[][]> Files => Line.ArrayOf().Select(lines => (byte[][])[Encoding.UTF8.GetBytes(Valid), .. lines]).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property FetchAsync_AnyFile_EveryNonBlankLineIsOneCheckInOrOneRejectionNamingIt() => Prop.ForAll(Files, lines =>
    {
        var content = lines.SelectMany(l => l.Append((byte)'\n')).ToArray();
        var source = new CheckInFileSource(() => new MemoryStream(content), Shanghai);

        // The widest range the format allows, so no valid check-in is left out for its date.
        var result = source.FetchAsync(["E1"], new LocalDate(1969, 12, 31), new LocalDate(9000, 1, 1)).GetAwaiter().GetResult();

        var nonBlank = lines.Select((l, i) => (Text: Encoding.UTF8.GetString(l).TrimEnd('\r'), Number: i + 1)).Where(l => !string.IsNullOrWhiteSpace(l.Text)).ToList();
        var named = result.Rejected.Select(r => r.Detail[..r.Detail.IndexOf(':', StringComparison.Ordinal)]).ToList();
        return result.Records.Count + result.Rejected.Count == nonBlank.Count
            && result.FailedRequests.Count == 0
            && named.All(n => nonBlank.Any(l => n == "line " + l.Number.ToString(CultureInfo.InvariantCulture)));
    });
}
