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
        w.WriteLine(string.Create(inv,
            $"{r.Name}: {r.RecordsRead} read, {r.Accepted} accepted, {r.DuplicatesDropped} duplicates dropped, {r.OutsidePeriod} outside the month, {r.Rejected.Count} rejected (error rate {r.ErrorRate:P2}){(r.IsComplete ? "" : $", {r.FailedRequests.Count} vendor requests FAILED: incomplete")}."));
        foreach (var rejected in r.Rejected)
        {
            w.WriteLine($"  rejected {rejected.Source}/{rejected.RecordId} ({rejected.EmployeeId ?? "?"}): {rejected.Reason}: {rejected.Detail}");
        }

        foreach (var failed in r.FailedRequests)
        {
            w.WriteLine($"  failed {failed.Vendor} {failed.Scope}: {failed.Error}");
        }

        var table = SpectreConsoles.Table(("  Employee", false), ("Sched", true), ("Worked", true), ("Absent", true), ("Late", true), ("Late min", true),
            ("OT workday", true), ("OT rest day", true), ("OT holiday", true));
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
            w.WriteLine(string.Create(inv,
                $"  points: {points.Posted.Count} postings recorded, {points.DuplicateSources.Count} events already recorded by an earlier sync, {points.Rejected.Count} of {sync.PointsEvents} events rejected."));
            foreach (var rejected in points.Rejected)
            {
                w.WriteLine($"  rejected points event {rejected}");
            }
        }

        w.Flush();
    }
}
