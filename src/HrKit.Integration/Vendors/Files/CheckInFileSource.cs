using System.Diagnostics.CodeAnalysis;
using System.Text;
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
    /// <exception cref="ArgumentNullException"><paramref name="open"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
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

    /// <summary>The longest line read, in characters; a longer line is rejected by number and skipped unread.</summary>
    public const int MaxLineLength = 64 * 1024;

    /// <inheritdoc />
    /// <remarks>
    /// Lines that cannot become check-ins — longer than <see cref="MaxLineLength"/>, not UTF-8, not the documented JSON
    /// object, or with a bad field — are returned as rejections naming the line and the field, never thrown.
    /// </remarks>
    /// <exception cref="FileNotFoundException">The file or its folder does not exist; the message names the path.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read (permissions, or the path is a folder).</exception>
    /// <exception cref="IOException">Reading the file failed.</exception>
    public async Task<AttendanceFetchResult> FetchAsync(
        IReadOnlyCollection<string> employeeIds, LocalDate first, LocalDate last, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(employeeIds);
        var records = new List<CheckInRecord>();
        var rejected = new List<RejectedRecord>();
        // Not-UTF-8 bytes become U+FFFD instead of an exception, so the line they are on can be rejected by number.
        using var reader = new StreamReader(_open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
        var lines = new BoundedLineReader(reader, MaxLineLength);
        long lineNumber = 0;
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (!line.TooLong && string.IsNullOrWhiteSpace(line.Text))
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
        return () =>
        {
            try
            {
                return File.OpenRead(path);
            }
            catch (DirectoryNotFoundException ex)
            {
                throw new FileNotFoundException($"Check-in file '{path}' not found: its folder does not exist.", path, ex);
            }
            catch (FileNotFoundException ex)
            {
                throw new FileNotFoundException($"Check-in file '{path}' not found.", path, ex);
            }
        };
    }
}
