using HrKit.Integration.Model;
using HrKit.Integration.Pipelines;
using HrKit.Integration.Reconciliation;
using HrKit.Payroll.Model;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Integration.Tests.Pipelines.October2025;

namespace HrKit.Integration.Tests.Pipelines;

public sealed class AttendancePayrollPipelineTests
{
    private static readonly Instant AfterTheMonth = At(11, 3, 10, 0);
    private static readonly Instant MidOctober = At(10, 15, 12, 0);

    private static AttendancePayrollPipeline Pipeline(Instant now, IWorkCalendar? calendar = null) =>
        new(calendar ?? Calendar, new FakeClock(now), Shanghai, Duration.FromMinutes(5));

    [Fact]
    public void Build_October2025WithHolidaysMakeUpDayLatenessOvertimeAndDuplicates_MatchesTheHandComputedMonth()
    {
        var records = new List<CheckInRecord>
        {
            // 30 September is read as margin and belongs to September.
            CheckIn("E1", 30, 8, 58, CheckInKind.OnDuty, month: 9), CheckIn("E1", 30, 18, 2, CheckInKind.OffDuty, month: 9),
            // Thursday 2 October, a statutory holiday: 10:00–15:10 is 310 minutes, ten whole half-hours.
            CheckIn("E1", 2, 10, 0, CheckInKind.OnDuty), CheckIn("E1", 2, 15, 10, CheckInKind.OffDuty),
            // Tuesday 7 October, a shifted rest day (not a holiday, not a working day): 225 minutes, seven half-hours.
            CheckIn("E1", 7, 9, 0, CheckInKind.OnDuty), CheckIn("E1", 7, 12, 45, CheckInKind.OffDuty),
            // Saturday 18 October, an ordinary rest day: four hours.
            CheckIn("E1", 18, 13, 0, CheckInKind.OnDuty), CheckIn("E1", 18, 17, 0, CheckInKind.OffDuty),
        };
        foreach (var day in Workdays)
        {
            switch (day)
            {
                case 9: // 12 minutes late
                    records.Add(CheckIn("E1", 9, 9, 12, CheckInKind.OnDuty));
                    records.Add(CheckIn("E1", 9, 18, 0, CheckInKind.OffDuty));
                    break;
                case 11: // Saturday make-up working day: 5 minutes late, 18:00–20:40 is 160 minutes of overtime → 2.5 h
                    records.Add(CheckIn("E1", 11, 9, 5, CheckInKind.OnDuty));
                    records.Add(CheckIn("E1", 11, 20, 40, CheckInKind.OffDuty));
                    break;
                case 15: // absent
                    break;
                case 21: // 31 minutes late, one hour of overtime
                    records.Add(CheckIn("E1", 21, 9, 31, CheckInKind.OnDuty));
                    records.Add(CheckIn("E1", 21, 19, 0, CheckInKind.OffDuty));
                    break;
                case 31: // leaves at 00:40 on Saturday 1 November: 400 minutes after 18:00 → 6.5 h, on Friday the 31st
                    records.Add(CheckIn("E1", 31, 8, 55, CheckInKind.OnDuty));
                    records.Add(CheckIn("E1", 1, 0, 40, CheckInKind.OffDuty, month: 11));
                    break;
                default: // on time; the 5 minutes after 18:00 are less than a half-hour
                    records.Add(CheckIn("E1", day, 8, 55, CheckInKind.OnDuty));
                    records.Add(CheckIn("E1", day, 18, 5, CheckInKind.OffDuty));
                    break;
            }
        }

        records.Add(CheckIn("E1", 23, 14, 0, CheckInKind.Outside)); // a field check-in: presence only
        records.Add(CheckIn("E1", 22, 8, 55, CheckInKind.OnDuty)); // the vendor re-sent a record
        records.Add(CheckIn("E1", 22, 8, 55, CheckInKind.OnDuty, source: "dingtalk")); // the same check-in via another channel

        var result = Pipeline(AfterTheMonth).Build(Month, records, [new Employee("E1")]);

        var e1 = Assert.Single(result.Employees);
        Assert.Equal(new AttendanceInput(ScheduledDays: 18, WorkedDays: 20, UnpaidLeaveDays: 1, LateCount: 3, LateMinutes: 12 + 5 + 31), e1.Attendance);
        Assert.Equal(new OvertimeHours(Workday: 2.5m + 1.0m + 6.5m, RestDay: 3.5m + 4.0m, StatutoryHoliday: 5.0m), e1.Overtime);
        Assert.Equal(31, e1.Days.Count);
        Assert.Equal(DayKind.RestDay, e1.Days[6].Kind);
        Assert.Equal(DayKind.Workday, e1.Days[10].Kind);
        Assert.Equal(new LocalDateTime(2025, 11, 1, 0, 40), e1.Days[30].LastCheckIn);

        // 17 working days × 2 + the field check-in + 3 non-working days × 2 = 41 used.
        var report = result.Report;
        Assert.Equal(45, report.RecordsRead);
        Assert.Equal(41, report.Accepted);
        Assert.Equal(2, report.DuplicatesDropped);
        Assert.Equal(2, report.OutsidePeriod);
        Assert.Empty(report.Rejected);
        Assert.Equal(0m, report.ErrorRate);
        Assert.Equal("attendance 2025-10", report.Name);
    }

    [Fact]
    public void Build_NightShiftCrossingMidnight_CountsOnTheDayTheShiftStarted()
    {
        var calendar = new NightShiftCalendar("N1", Calendar);
        CheckInRecord[] records =
        [
            CheckIn("N1", 30, 21, 58, CheckInKind.OnDuty, month: 9), CheckIn("N1", 1, 6, 2, CheckInKind.OffDuty), // September's last shift
            CheckIn("N1", 9, 22, 10, CheckInKind.OnDuty), CheckIn("N1", 10, 6, 0, CheckInKind.OffDuty),          // 10 minutes late
            CheckIn("N1", 31, 21, 55, CheckInKind.OnDuty), CheckIn("N1", 1, 6, 40, CheckInKind.OffDuty, month: 11), // 40 minutes over
        ];

        var result = Pipeline(AfterTheMonth, calendar).Build(Month, records, [new Employee("N1")]);

        var n1 = Assert.Single(result.Employees);
        Assert.Equal(new AttendanceInput(18, 2, 16, 1, 10), n1.Attendance);
        Assert.Equal(new OvertimeHours(0.5m, 0m, 0m), n1.Overtime);
        Assert.False(n1.Days[0].Present); // the 06:02 check-out on 1 October ended September's shift
        Assert.False(n1.Days[9].Present); // likewise 06:00 on the 10th ended the 9th's
        Assert.Equal(new LocalDateTime(2025, 10, 31, 21, 55), n1.Days[30].FirstCheckIn);
        Assert.Equal(new LocalDateTime(2025, 11, 1, 6, 40), n1.Days[30].LastCheckIn);
        Assert.Equal(2, result.Report.OutsidePeriod);
    }

    [Fact]
    public void Build_UnknownEmployeeAndCheckInBeyondClockSkew_AreRejectedWithReasons()
    {
        CheckInRecord[] records =
        [
            CheckIn("X9", 14, 9, 0, CheckInKind.OnDuty),
            CheckIn("E1", 15, 8, 50, CheckInKind.OnDuty),
            CheckIn("E1", 15, 12, 4, CheckInKind.Outside),  // 4 minutes ahead of the clock: device drift, allowed
            CheckIn("E1", 15, 12, 6, CheckInKind.OffDuty),  // 6 minutes ahead: beyond the 5 minutes allowed
        ];

        var result = Pipeline(MidOctober).Build(Month, records, [new Employee("E1")]);

        var report = result.Report;
        Assert.Equal(4, report.RecordsRead);
        Assert.Equal(2, report.Accepted);
        Assert.Equal(0.5m, report.ErrorRate);
        var unknown = Assert.Single(report.Rejected, r => r.Reason == RejectionReason.UnknownEmployee);
        Assert.Equal("X9", unknown.EmployeeId);
        Assert.Contains("'X9' is not in the roster", unknown.Detail, StringComparison.Ordinal);
        var future = Assert.Single(report.Rejected, r => r.Reason == RejectionReason.InFuture);
        Assert.Equal("E1-1015-1206-OffDuty", future.RecordId);
        var e1 = Assert.Single(result.Employees);
        Assert.Equal(new LocalDateTime(2025, 10, 15, 12, 4), e1.Days[14].LastCheckIn);
    }

    [Fact]
    public void Build_MidMonth_DoesNotCountTodayOrLaterAsAbsences()
    {
        CheckInRecord[] records =
        [
            CheckIn("E1", 9, 8, 55, CheckInKind.OnDuty), CheckIn("E1", 11, 8, 55, CheckInKind.OnDuty),
            CheckIn("E1", 13, 8, 55, CheckInKind.OnDuty), CheckIn("E1", 14, 8, 55, CheckInKind.OnDuty),
            CheckIn("E1", 15, 8, 58, CheckInKind.OnDuty), // today, still at work
        ];

        var result = Pipeline(MidOctober).Build(Month, records, [new Employee("E1"), new Employee("E4")]);

        // Working days before Wednesday the 15th: 9, 10, 11 (make-up Saturday), 13, 14.
        Assert.Equal(["E1", "E4"], result.Employees.Select(e => e.EmployeeId));
        Assert.Equal(new AttendanceInput(18, 5, 1, 0, 0), result.Employees[0].Attendance); // missed only the 10th
        Assert.Equal(new AttendanceInput(18, 0, 5, 0, 0), result.Employees[1].Attendance); // not in yet today: not absent today
    }

    [Fact]
    public void Build_JoinerAndLeaver_ScheduleOnlyEmployedDaysAndRejectCheckInsOutsideEmployment()
    {
        var joiner = new Employee("E2", HireDate: Day(20));
        var leaver = new Employee("E3", TerminationDate: Day(10));
        CheckInRecord[] records =
        [
            CheckIn("E2", 17, 8, 55, CheckInKind.OnDuty), // an orientation visit before the hire date
            CheckIn("E2", 20, 8, 55, CheckInKind.OnDuty), CheckIn("E2", 20, 18, 0, CheckInKind.OffDuty),
            CheckIn("E3", 9, 8, 50, CheckInKind.OnDuty), CheckIn("E3", 9, 18, 0, CheckInKind.OffDuty),
            CheckIn("E3", 13, 8, 55, CheckInKind.OnDuty), // came back after leaving
        ];

        var result = Pipeline(AfterTheMonth).Build(Month, records, [leaver, joiner]);

        var (e2, e3) = (result.Employees[0], result.Employees[1]);
        Assert.Equal(new AttendanceInput(10, 1, 9, 0, 0), e2.Attendance); // 20–24 and 27–31 October
        Assert.Equal(12, e2.Days.Count);
        Assert.Equal(new AttendanceInput(2, 1, 1, 0, 0), e3.Attendance);  // 9 and 10 October
        Assert.Equal(10, e3.Days.Count);
        Assert.Equal(2, result.Report.RejectedByReason[RejectionReason.NotEmployed]);
        Assert.Contains(result.Report.Rejected, r => r.EmployeeId == "E2" && r.Detail.Contains("2025-10-17", StringComparison.Ordinal));
        Assert.Equal(4, result.Report.Accepted);
    }

    [Fact]
    public void ApplyTo_InputForAnotherEmployee_IsRefusedNamingBoth()
    {
        var month = Pipeline(AfterTheMonth).Build(Month, [CheckIn("E1", 9, 9, 0, CheckInKind.OnDuty)]).Employees[0];
        var other = new EmployeeMonthInput { EmployeeId = "E2", Period = Month, City = "shenzhen", BaseSalary = 10000m };

        var ex = Assert.Throws<ArgumentException>(() => month.ApplyTo(other));

        Assert.Contains("E2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("E1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(month.Attendance, month.ApplyTo(other with { EmployeeId = "E1" }).Attendance);
    }

    /// <summary>Everyone on the office day except one employee on a 22:00–06:00 night shift.</summary>
    private sealed class NightShiftCalendar(string employeeId, IWorkCalendar inner) : IWorkCalendar
    {
        private static readonly Shift Night = new(new LocalTime(22, 0), new LocalTime(6, 0));

        public DayKind GetDayKind(string employee, LocalDate date) => inner.GetDayKind(employee, date);

        public Shift GetShift(string employee, LocalDate date) => employee == employeeId ? Night : inner.GetShift(employee, date);
    }
}
