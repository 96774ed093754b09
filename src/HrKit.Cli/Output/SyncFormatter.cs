using System.Globalization;
using HrKit.Integration.Sync;

namespace HrKit.Cli.Output;

/// <summary>Prints an attendance sync: its reconciliation report and each employee's month.</summary>
internal static class SyncFormatter
{
    public static async Task WriteAsync(TextWriter w, AttendanceSyncResult sync)
    {
        var inv = CultureInfo.InvariantCulture;
        var r = sync.Report;
        await w.WriteLineAsync(string.Create(inv,
            $"{r.Name}: {r.RecordsRead} read, {r.Accepted} accepted, {r.DuplicatesDropped} duplicates dropped, {r.OutsidePeriod} outside the month, {r.Rejected.Count} rejected (error rate {r.ErrorRate:P2}){(r.IsComplete ? "" : $", {r.FailedRequests.Count} vendor requests FAILED: incomplete")}.")).ConfigureAwait(false);
        foreach (var rejected in r.Rejected)
        {
            await w.WriteLineAsync($"  rejected {rejected.Source}/{rejected.RecordId} ({rejected.EmployeeId ?? "?"}): {rejected.Reason}: {rejected.Detail}").ConfigureAwait(false);
        }

        foreach (var failed in r.FailedRequests)
        {
            await w.WriteLineAsync($"  failed {failed.Vendor} {failed.Scope}: {failed.Error}").ConfigureAwait(false);
        }

        await w.WriteLineAsync("  employee  sched worked absent late(min)  OT workday  rest day  holiday").ConfigureAwait(false);
        foreach (var e in sync.Employees)
        {
            var a = e.Attendance;
            var o = e.Overtime;
            await w.WriteLineAsync(string.Create(inv,
                $"  {e.EmployeeId,-8} {a.ScheduledDays,6:0.#} {a.WorkedDays,6:0.#} {a.UnpaidLeaveDays,6:0.#} {a.LateCount,4:0}({a.LateMinutes,3:0}) {o.Workday,11:0.0#} {o.RestDay,9:0.0#} {o.StatutoryHoliday,8:0.0#}")).ConfigureAwait(false);
        }

        if (sync.Points is { } points)
        {
            await w.WriteLineAsync(string.Create(inv,
                $"  points: {points.Posted.Count} postings recorded, {points.DuplicateSources.Count} events already recorded by an earlier sync.")).ConfigureAwait(false);
        }
    }
}
