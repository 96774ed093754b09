using System.Globalization;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Integration.Pipelines;

/// <summary>
/// Attendance → payroll: builds each employee's <see cref="AttendanceInput"/> and <see cref="OvertimeHours"/> for a
/// month from raw check-ins, with a reconciliation report of every record read.
/// </summary>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class AttendancePayrollPipeline
{
    private readonly IWorkCalendar _calendar;
    private readonly IClock _clock;
    private readonly DateTimeZone _zone;
    private readonly Duration _allowedSkew;
    private readonly bool _absenceIsUnpaidLeave;

    /// <summary>Where rejected records are counted: the host's meter when built by <c>AddHrKitIntegration</c>, else the process-wide one.</summary>
    internal IntegrationMetrics Metrics { get; init; } = IntegrationTelemetry.Metrics;

    /// <summary>For mocking only: a pipeline with no calendar, whose members a test double must override.</summary>
    protected AttendancePayrollPipeline()
    {
        _calendar = null!;
        _clock = null!;
        _zone = DateTimeZone.Utc;
    }

    /// <summary>Creates the pipeline.</summary>
    /// <param name="calendar">Work days, holidays and shifts.</param>
    /// <param name="clock">The clock: days after today are never counted as absences, and future check-ins are rejected.</param>
    /// <param name="zone">The zone local dates are taken in (Asia/Shanghai by default in <c>AddHrKitIntegration</c>).</param>
    /// <param name="allowedSkew">How far in the future a check-in may lie before it is rejected as clock skew.</param>
    /// <param name="absenceIsUnpaidLeave">Whether a scheduled work day without any check-in counts as unpaid leave.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="clock"/> or <paramref name="zone"/> is null.</exception>
    public AttendancePayrollPipeline(IWorkCalendar calendar, IClock clock, DateTimeZone zone, Duration allowedSkew, bool absenceIsUnpaidLeave = true)
    {
        _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _zone = zone ?? throw new ArgumentNullException(nameof(zone));
        _allowedSkew = allowedSkew;
        _absenceIsUnpaidLeave = absenceIsUnpaidLeave;
    }

    /// <summary>Builds the month.</summary>
    /// <param name="month">The pay month.</param>
    /// <param name="records">Check-ins; may include neighbouring days (night shifts) and duplicates.</param>
    /// <param name="roster">The employees to pay; when given, others are rejected and absent employees still get a month.</param>
    public virtual AttendanceMonthResult Build(YearMonth month, IEnumerable<CheckInRecord> records, IReadOnlyCollection<Employee>? roster = null)
    {
        var report = new ReconciliationBuilder($"attendance {month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}", _clock.GetCurrentInstant(), Metrics);
        return Build(month, records, roster, report);
    }

    // accepted, when given, receives every record the month was built from: the sync posts them as points.
    internal AttendanceMonthResult Build(
        YearMonth month, IEnumerable<CheckInRecord> records, IReadOnlyCollection<Employee>? roster, ReconciliationBuilder report, ICollection<CheckInRecord>? accepted = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var activity = IntegrationTelemetry.Source.StartActivity("attendance.payroll");
        var now = _clock.GetCurrentInstant();
        var employees = roster is null ? null : RosterById(roster);
        var screen = new CheckInScreen(report, now, _allowedSkew, employees?.Keys.ToHashSet(StringComparer.Ordinal));
        var byDay = new Dictionary<string, Dictionary<LocalDate, List<(LocalDateTime, CheckInKind)>>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!screen.Admit(record))
            {
                continue;
            }

            var local = record.Time.InZone(_zone).LocalDateTime;
            var day = WorkDayAssigner.Assign(_calendar, record.EmployeeId, local);
            if (day.ToYearMonth() != month)
            {
                // Read as margin for night shifts crossing the month's edges; counted apart so read = accepted +
                // duplicates + outside + rejected always holds.
                report.Outside();
                continue;
            }

            if (employees?.GetValueOrDefault(record.EmployeeId) is { } employee && !employee.IsEmployedOn(day))
            {
                report.Reject(new RejectedRecord(record.Source, record.RecordId, record.EmployeeId, RejectionReason.NotEmployed, string.Create(
                    CultureInfo.InvariantCulture,
                    $"Check-in for work day {day:yyyy-MM-dd} is outside {record.EmployeeId}'s employment ({employee.HireDate:yyyy-MM-dd}..{employee.TerminationDate:yyyy-MM-dd}); fix the hire or termination date.")));
                continue;
            }

            report.Accept();
            accepted?.Add(record);
            if (record.Outcome == CheckInOutcome.NotSigned)
            {
                continue;
            }

            if (!byDay.TryGetValue(record.EmployeeId, out var days))
            {
                byDay[record.EmployeeId] = days = [];
            }

            if (!days.TryGetValue(day, out var list))
            {
                days[day] = list = [];
            }

            list.Add((local, record.Kind));
        }

        var today = now.InZone(_zone).Date;
        var ids = employees?.Keys ?? (IEnumerable<string>)byDay.Keys;
        var result = ids.Order(StringComparer.Ordinal)
            .Select(id => BuildEmployee(month, id, employees?.GetValueOrDefault(id), byDay.GetValueOrDefault(id), today))
            .ToList();
        activity?.SetTag("hrkit.employees", result.Count);
        return new AttendanceMonthResult(result, report.Build(_clock.GetCurrentInstant()));
    }

    private static Dictionary<string, Employee> RosterById(IReadOnlyCollection<Employee> roster)
    {
        var byId = new Dictionary<string, Employee>(roster.Count, StringComparer.Ordinal);
        foreach (var employee in roster)
        {
            if (!byId.TryAdd(employee.EmployeeId, employee))
            {
                throw new ArgumentException($"Employee '{employee.EmployeeId}' appears twice in the roster; list each employee once.", nameof(roster));
            }
        }

        return byId;
    }

    private EmployeeAttendanceMonth BuildEmployee(
        YearMonth month, string employeeId, Employee? employee, Dictionary<LocalDate, List<(LocalDateTime, CheckInKind)>>? checkIns, LocalDate today)
    {
        var days = new List<DailyAttendance>();
        decimal scheduled = 0, worked = 0, absent = 0, workdayOt = 0, restOt = 0, holidayOt = 0;
        int lateCount = 0, lateMinutes = 0;
        for (var date = month.OnDayOfMonth(1); date.ToYearMonth() == month; date = date.PlusDays(1))
        {
            if (employee is not null && !employee.IsEmployedOn(date))
            {
                continue;
            }

            var kind = _calendar.GetDayKind(employeeId, date);
            List<(LocalDateTime, CheckInKind)> list = checkIns?.GetValueOrDefault(date) ?? [];
            var daily = DailyAttendanceCalculator.Calculate(employeeId, date, kind, _calendar.GetShift(employeeId, date), list);
            days.Add(daily);
            if (kind == DayKind.Workday)
            {
                scheduled++;
                // A day that has not ended yet is not an absence: a mid-month sync must not dock pay for the future.
                if (!daily.Present && date < today && _absenceIsUnpaidLeave)
                {
                    absent++;
                }
            }

            if (daily.Present)
            {
                worked++;
            }

            if (daily.LateMinutes > 0)
            {
                lateCount++;
                lateMinutes += daily.LateMinutes;
            }

            switch (kind)
            {
                case DayKind.Workday: workdayOt += daily.OvertimeHours; break;
                case DayKind.RestDay: restOt += daily.OvertimeHours; break;
                default: holidayOt += daily.OvertimeHours; break;
            }
        }

        return new EmployeeAttendanceMonth(
            employeeId,
            month,
            new AttendanceInput(scheduled, worked, absent, lateCount, lateMinutes),
            new OvertimeHours(workdayOt, restOt, holidayOt),
            days);
    }
}
