using System.Globalization;
using HrKit.Integration.Sync;

namespace HrKit.Cli.Output;

/// <summary>Prints an attendance sync: its reconciliation report and each employee's month.</summary>
internal static class SyncFormatter
{
    public static void Write(TextWriter w, AttendanceSyncResult sync)
    {
        var inv = CultureInfo.InvariantCulture;
        var r = sync.Report;
        w.WriteLine(CliStrings.Format("Sync.Report", r.Name, r.RecordsRead, r.Accepted, r.DuplicatesDropped, r.OutsidePeriod, r.Rejected.Count, r.ErrorRate,
            r.IsComplete ? "" : CliStrings.Format("Sync.Report.Failed", r.FailedRequests.Count)));
        foreach (var rejected in r.Rejected)
        {
            w.WriteLine(CliStrings.Format("Sync.Report.Rejected", rejected.Source, rejected.RecordId, rejected.EmployeeId ?? "?", rejected.Reason, rejected.Detail));
        }

        foreach (var failed in r.FailedRequests)
        {
            w.WriteLine(CliStrings.Format("Sync.Report.FailedRequest", failed.Vendor, failed.Scope, failed.Error));
        }

        var table = SpectreConsoles.Table(("  " + CliStrings.Get("Col.Employee"), false), (CliStrings.Get("Sync.Col.Scheduled"), true), (CliStrings.Get("Sync.Col.Worked"), true),
            (CliStrings.Get("Sync.Col.Absent"), true), (CliStrings.Get("Sync.Col.Late"), true), (CliStrings.Get("Sync.Col.LateMinutes"), true),
            (CliStrings.Get("Sync.Col.OtWorkday"), true), (CliStrings.Get("Sync.Col.OtRestDay"), true), (CliStrings.Get("Sync.Col.OtHoliday"), true));
        foreach (var e in sync.Employees)
        {
            var a = e.Attendance;
            var o = e.Overtime;
            table.AddTextRow("  " + e.EmployeeId, a.ScheduledDays.ToString("0.#", inv), a.WorkedDays.ToString("0.#", inv), a.UnpaidLeaveDays.ToString("0.#", inv),
                a.LateCount.ToString("0", inv), a.LateMinutes.ToString("0", inv), o.Workday.ToString("0.0#", inv), o.RestDay.ToString("0.0#", inv), o.StatutoryHoliday.ToString("0.0#", inv));
        }

        SpectreConsoles.Write(w, table);
        if (sync.Points is { } points)
        {
            w.WriteLine(CliStrings.Format("Sync.Points", points.Posted.Count, points.DuplicateSources.Count, points.Rejected.Count, sync.PointsEvents));
            foreach (var rejected in points.Rejected)
            {
                w.WriteLine(CliStrings.Format("Sync.Points.Rejected", rejected));
            }
        }

        w.Flush();
    }
}
