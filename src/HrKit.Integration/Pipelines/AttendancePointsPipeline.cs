using System.Globalization;
using HrKit.Integration.Model;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace HrKit.Integration.Pipelines;

/// <summary>
/// Attendance → points: turns check-ins and attendance months into HrKit.Points events and records them through
/// <see cref="PointsService"/> at once. Event ids are derived from what happened, never from the delivery, so the same
/// check-in read by a webhook and again by a sync, or redelivered a day later, is awarded once.
/// </summary>
/// <remarks>
/// Event types are those of the default points policy (docs/points-events.md): <c>checkIn</c> per check-in (id
/// <c>checkin:{employee}:{unix ms}</c>), <c>late</c> per late work day with <c>minutes</c> (id
/// <c>late:{employee}:{date}</c>), and, once the month is over, <c>attendanceMonth</c> with <c>count</c> = absent
/// plus late work days and <c>days</c> = days worked (id <c>attendance-month:{employee}:{yyyy-MM}</c>).
/// </remarks>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class AttendancePointsPipeline
{
    private readonly PointsService _points;
    private readonly IClock _clock;
    private readonly DateTimeZone _zone;
    private readonly Duration _allowedSkew;
    private readonly ILogger _logger;

    /// <summary>For mocking only: a pipeline with no points service, whose members a test double must override.</summary>
    protected AttendancePointsPipeline()
    {
        _points = null!;
        _clock = null!;
        _zone = DateTimeZone.Utc;
        _logger = NullLogger.Instance;
    }

    /// <summary>Creates the pipeline.</summary>
    /// <param name="points">Where events are recorded.</param>
    /// <param name="clock">Decides whether a month is over and which check-ins lie in the future.</param>
    /// <param name="zone">The zone local dates are taken in.</param>
    /// <param name="allowedSkew">How far in the future a check-in may lie before it earns nothing.</param>
    /// <param name="logger">Optional log.</param>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> or <paramref name="clock"/> or <paramref name="zone"/> is null.</exception>
    public AttendancePointsPipeline(PointsService points, IClock clock, DateTimeZone zone, Duration allowedSkew, ILogger<AttendancePointsPipeline>? logger = null)
    {
        _points = points ?? throw new ArgumentNullException(nameof(points));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _zone = zone ?? throw new ArgumentNullException(nameof(zone));
        _allowedSkew = allowedSkew;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Records a <c>checkIn</c> event per real check-in, in one ledger transaction. Placeholders for missed check-ins
    /// and check-ins beyond the allowed clock skew earn nothing; check-ins already recorded are reported as duplicates.
    /// Events the points policy fails on are not recorded, listed in <see cref="AppendResult.Rejected"/> and logged as
    /// warnings; the rest are recorded.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="checkIns"/> is null.</exception>
    public virtual Task<AppendResult> PostCheckInsAsync(IEnumerable<CheckInRecord> checkIns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        return PostAsync(CheckInEvents(checkIns.Where(c => c.Outcome != CheckInOutcome.NotSigned).Select(c => (c.EmployeeId, c.Time))), cancellationToken);
    }

    /// <summary>
    /// Records a <c>late</c> event per late work day and, for months that are over, an <c>attendanceMonth</c> event
    /// per employee, in one ledger transaction. Safe to repeat after every sync: events already recorded are skipped.
    /// Rejected events are listed in <see cref="AppendResult.Rejected"/> and logged as warnings.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is null.</exception>
    public virtual Task<AppendResult> PostMonthAsync(IEnumerable<EmployeeAttendanceMonth> months, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(months);
        return PostAsync(MonthEvents(months), cancellationToken);
    }

    internal IEnumerable<PointsEvent> CheckInEvents(IEnumerable<(string EmployeeId, Instant Time)> checkIns)
    {
        var latest = _clock.GetCurrentInstant() + _allowedSkew;
        foreach (var (employeeId, time) in checkIns)
        {
            if (string.IsNullOrWhiteSpace(employeeId) || time > latest)
            {
                _logger.LogWarning("Check-in of '{EmployeeId}' at {Time} earns no points: no employee, or beyond the allowed clock skew.", employeeId, time);
                continue;
            }

            yield return new PointsEvent(
                string.Create(CultureInfo.InvariantCulture, $"checkin:{employeeId}:{time.ToUnixTimeMilliseconds()}"), employeeId, PointsEventTypes.CheckIn, time);
        }
    }

    internal IEnumerable<PointsEvent> MonthEvents(IEnumerable<EmployeeAttendanceMonth> months)
    {
        var today = _clock.GetCurrentInstant().InZone(_zone).Date;
        foreach (var month in months)
        {
            var id = month.EmployeeId;
            foreach (var day in month.Days.Where(d => d.LateMinutes > 0 && d.FirstCheckIn is not null))
            {
                yield return new PointsEvent(
                    string.Create(CultureInfo.InvariantCulture, $"late:{id}:{day.WorkDate:yyyy-MM-dd}"), id, PointsEventTypes.Late,
                    day.FirstCheckIn!.Value.InZoneLeniently(_zone).ToInstant()) { Minutes = day.LateMinutes };
            }

            // Full attendance is only known once the month is over; a mid-month sync must not award it early.
            var workdays = month.Days.Where(d => d.Kind == DayKind.Workday).ToList();
            var nextMonth = month.Month.PlusMonths(1).OnDayOfMonth(1);
            if (workdays.Count == 0 || today < nextMonth)
            {
                continue;
            }

            yield return new PointsEvent(
                string.Create(CultureInfo.InvariantCulture, $"attendance-month:{id}:{month.Month:yyyy-MM}"), id, PointsEventTypes.AttendanceMonth,
                nextMonth.AtStartOfDayInZone(_zone).ToInstant() - Duration.FromSeconds(1))
            {
                Count = workdays.Count(d => !d.Present) + month.Days.Count(d => d.LateMinutes > 0),
                Days = month.Days.Count(d => d.Present),
            };
        }
    }

    internal async Task<AppendResult> PostAsync(IEnumerable<PointsEvent> events, CancellationToken cancellationToken)
    {
        var batch = events.DistinctBy(e => e.EventId, StringComparer.Ordinal).ToList();
        if (batch.Count == 0)
        {
            return new AppendResult([], []);
        }

        using var activity = IntegrationTelemetry.Source.StartActivity("attendance.points");
        activity?.SetTag("hrkit.events", batch.Count);
        var result = await _points.ProcessBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("hrkit.postings", result.Posted.Count);
        activity?.SetTag("hrkit.rejected", result.Rejected.Count);

        // A rejected event was not recorded while the rest of the batch was; each one needs fixing and resending.
        foreach (var rejected in result.Rejected)
        {
            _logger.LogWarning("Attendance points event not recorded: {Rejection}", rejected);
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("Posted {Events} attendance events: {Postings} postings, {Duplicates} already recorded, {Rejected} rejected.",
                batch.Count, result.Posted.Count, result.DuplicateSources.Count, result.Rejected.Count);
        }

        return result;
    }
}
