using System.Globalization;
using HrKit.Integration.Model;
using HrKit.Integration.Pipelines;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Vendors;
using HrKit.Points.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace HrKit.Integration.Sync;

/// <summary>
/// One month's attendance sync: reads check-ins from every configured <see cref="IAttendanceSource"/> (WeCom,
/// DingTalk), builds the payroll attendance of each roster employee, optionally records the month's points, and
/// reconciles every record read. A vendor request that fails after its retries — an error answer, a timeout, an open
/// circuit, a reset connection, a malformed, cut-off or oversized body — is reported, not thrown; points are then not
/// posted at all, so a rerun (safe: points are idempotent) completes the month instead of patching it. Only the
/// caller's cancellation token ends a sync with an exception.
/// </summary>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class AttendanceSync
{
    private readonly IReadOnlyList<IAttendanceSource> _sources;
    private readonly AttendancePayrollPipeline _payroll;
    private readonly AttendancePointsPipeline? _points;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    /// <summary>Where rejected records are counted: the host's meter when built by <c>AddHrKitIntegration</c>, else the process-wide one.</summary>
    internal IntegrationMetrics Metrics { get; init; } = IntegrationTelemetry.Metrics;

    /// <summary>For mocking only: a sync with no sources, whose members a test double must override.</summary>
    protected AttendanceSync()
    {
        _sources = [];
        _payroll = null!;
        _clock = null!;
        _logger = NullLogger.Instance;
    }

    /// <summary>Creates the sync.</summary>
    /// <param name="sources">Attendance sources; those not <see cref="IAttendanceSource.IsEnabled"/> are skipped.</param>
    /// <param name="payroll">Builds the payroll attendance.</param>
    /// <param name="clock">Stamps the report.</param>
    /// <param name="points">Records points; null when the host does not use HrKit.Points.</param>
    /// <param name="logger">Optional log.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or <paramref name="payroll"/> or <paramref name="clock"/> is null.</exception>
    public AttendanceSync(
        IEnumerable<IAttendanceSource> sources, AttendancePayrollPipeline payroll, IClock clock, AttendancePointsPipeline? points = null, ILogger<AttendanceSync>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources = [.. sources];
        _payroll = payroll ?? throw new ArgumentNullException(nameof(payroll));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _points = points;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Syncs <paramref name="month"/> for <paramref name="roster"/>.</summary>
    /// <param name="month">The pay month; the day before and after are read too, for night shifts crossing its edges.</param>
    /// <param name="roster">The employees to sync; check-ins of anyone else are rejected.</param>
    /// <param name="postPoints">Whether to record check-in, late and full-attendance points in HrKit.Points.</param>
    /// <param name="cancellationToken">Cancels the sync; nothing is posted once cancelled.</param>
    /// <exception cref="InvalidOperationException">No source is configured, or points are asked for without HrKit.Points.</exception>
    public virtual async Task<AttendanceSyncResult> RunAsync(
        YearMonth month, IReadOnlyCollection<Employee> roster, bool postPoints = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var enabled = _sources.Where(s => s.IsEnabled).ToList();
        if (enabled.Count == 0)
        {
            throw new InvalidOperationException("No attendance source is configured: set WeCom.CorpId and WeCom.CheckInSecret, or DingTalk.AppKey and DingTalk.AppSecret.");
        }

        if (postPoints && _points is null)
        {
            throw new InvalidOperationException("postPoints needs HrKit.Points: call services.AddHrKitPoints(...) as well.");
        }

        var monthText = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var name = "attendance sync " + monthText;
        using var activity = IntegrationTelemetry.Source.StartActivity("attendance.sync");
        activity?.SetTag("hrkit.month", monthText);
        activity?.SetTag("hrkit.sources", string.Join(',', enabled.Select(s => s.Name)));
        var report = new ReconciliationBuilder(name, _clock.GetCurrentInstant(), Metrics);

        var ids = roster.Select(e => e.EmployeeId).Distinct(StringComparer.Ordinal).ToList();
        var first = month.OnDayOfMonth(1).PlusDays(-1);
        var last = month.PlusMonths(1).OnDayOfMonth(1);
        var fetched = await Task.WhenAll(enabled.Select(s => FetchAsync(s, ids, first, last, cancellationToken))).ConfigureAwait(false);
        var records = new List<CheckInRecord>();
        foreach (var fetch in fetched)
        {
            records.AddRange(fetch.Records);
            report.Read(fetch.Rejected.Count);
            foreach (var rejected in fetch.Rejected)
            {
                report.Reject(rejected);
            }

            foreach (var failed in fetch.FailedRequests)
            {
                report.Fail(failed);
            }
        }

        var accepted = new List<CheckInRecord>();
        var attendance = _payroll.Build(month, records.OrderBy(r => r.Time), roster, report, accepted);
        AppendResult? posted = null;
        var pointsEvents = 0;
        if (postPoints && attendance.Report.IsComplete)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // One batch, one ledger transaction: the month's points are recorded whole or not at all.
            var events = _points!.CheckInEvents(accepted.Where(r => r.Outcome != CheckInOutcome.NotSigned).Select(r => (r.EmployeeId, r.Time)))
                .Concat(_points.MonthEvents(attendance.Employees))
                .DistinctBy(e => e.EventId, StringComparer.Ordinal)
                .ToList();
            pointsEvents = events.Count;
            posted = await _points.PostAsync(events, cancellationToken).ConfigureAwait(false);
        }
        else if (postPoints)
        {
            _logger.LogWarning("{Sync} is incomplete ({Failed} vendor requests failed); no points posted. Run it again.", name, attendance.Report.FailedRequests.Count);
        }

        var final = report.Build(_clock.GetCurrentInstant());
        activity?.SetTag("hrkit.records_read", final.RecordsRead);
        activity?.SetTag("hrkit.rejected", final.Rejected.Count);
        activity?.SetTag("hrkit.failed_requests", final.FailedRequests.Count);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation(
                "{Sync}: {Read} read, {Accepted} accepted, {Rejected} rejected, {Duplicates} duplicates, {Failed} failed requests, error rate {ErrorRate}.",
                name, final.RecordsRead, final.Accepted, final.Rejected.Count, final.DuplicatesDropped, final.FailedRequests.Count, final.ErrorRate);
        }

        return new AttendanceSyncResult(attendance.Employees, final, posted) { PointsEvents = pointsEvents };
    }

    // The built-in sources report their own failed pieces; a host's source (or a missing check-in file) that throws
    // instead becomes one failed request covering the whole source, so it cannot discard the other sources' records.
    private async Task<AttendanceFetchResult> FetchAsync(
        IAttendanceSource source, List<string> ids, LocalDate first, LocalDate last, CancellationToken cancellationToken)
    {
        try
        {
            return await source.FetchAsync(ids, first, last, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!FailureDescription.IsCallerCancellation(ex, cancellationToken))
        {
            _logger.LogError(ex, "{Source} failed as a whole; its records are missing from this sync.", source.Name);
            var scope = string.Create(CultureInfo.InvariantCulture, $"{ids.Count} employees {first:yyyy-MM-dd}..{last:yyyy-MM-dd}");
            return new AttendanceFetchResult([], [], [new FailedRequest(source.Name, scope, FailureDescription.Of(ex))]);
        }
    }
}
