using System.Diagnostics.CodeAnalysis;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using NodaTime;

namespace HrKit.Integration.Vendors.Files;

/// <summary>
/// An attendance source over a JSON Lines file of normalised check-ins (format in docs/integration.md): exports of
/// turnstiles and legacy time clocks, or a manual import, go through the same sync, screening and reconciliation as
/// WeCom and DingTalk instead of being pasted into payroll by hand.
/// </summary>
/// <remarks>
/// The file is read on every fetch, so a corrected file is picked up by the next sync. Check-ins whose local date lies
/// outside the fetched range are left out, as a vendor would not return them; every other line is either returned or
/// rejected with its line number, including check-ins of employees the sync did not ask for, which the sync then
/// reports as unknown rather than silently dropping them.
/// </remarks>
public sealed class CheckInFileSource : IAttendanceSource
{
    private readonly Func<Stream> _open;
    private readonly DateTimeZone _zone;

    /// <summary>Creates the source.</summary>
    /// <param name="path">The JSON Lines file.</param>
    /// <param name="zone">The zone local dates are taken in (the fetched range is in local dates).</param>
    /// <param name="name">The source name for lines without a <c>source</c> and for reports.</param>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter's type, so every call binds to one of them.")]
    public CheckInFileSource(string path, DateTimeZone zone, string name = "file")
        : this(OpenFile(path), zone, name)
    {
    }

    /// <summary>Creates the source over any stream (blob storage, an upload, an embedded resource).</summary>
    /// <param name="open">Opens the JSON Lines content; called once per fetch, the stream is disposed after reading.</param>
    /// <param name="zone">The zone local dates are taken in (the fetched range is in local dates).</param>
    /// <param name="name">The source name for lines without a <c>source</c> and for reports.</param>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter's type, so every call binds to one of them.")]
    public CheckInFileSource(Func<Stream> open, DateTimeZone zone, string name = "file")
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _open = open;
        _zone = zone ?? throw new ArgumentNullException(nameof(zone));
        Name = name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public bool IsEnabled => true;

    /// <inheritdoc />
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public async Task<AttendanceFetchResult> FetchAsync(
        IReadOnlyCollection<string> employeeIds, LocalDate first, LocalDate last, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(employeeIds);
        var records = new List<CheckInRecord>();
        var rejected = new List<RejectedRecord>();
        using var reader = new StreamReader(_open());
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parsed = CheckInFileParser.Parse(line, lineNumber, Name);
            if (parsed.Rejected is { } rejection)
            {
                rejected.Add(rejection);
            }
            else if (parsed.Record is { } record && record.Time.InZone(_zone).Date is var date && date >= first && date <= last)
            {
                records.Add(record);
            }
        }

        return new AttendanceFetchResult(records, rejected, []);
    }

    private static Func<Stream> OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return () => File.OpenRead(path);
    }
}
