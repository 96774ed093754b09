using HrKit.Integration;
using HrKit.Integration.Model;
using HrKit.Integration.Sync;
using HrKit.Integration.Vendors;
using HrKit.Integration.Vendors.Files;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>
/// Check-ins → attendance, points and payroll inputs, wired exactly as a host wires it: <c>AddHrKitPoints</c> on a
/// SQLite ledger, <c>AddHrKitIntegration</c> with the work calendar, and a check-in file as the attendance source.
/// Shared by <c>hrkit sync attendance</c> and <c>hrkit demo</c>.
/// </summary>
internal static class CheckInSync
{
    /// <param name="checkIns">Opens the check-in file (called once per run).</param>
    /// <param name="month">The pay month.</param>
    /// <param name="payroll">Payroll records, at most one per employee and month (see <see cref="PayrollRoster"/>).</param>
    /// <param name="databasePath">The SQLite points ledger.</param>
    /// <param name="calendar">Holidays, make-up work days and shifted rest days.</param>
    /// <param name="postPoints">False for the dry run that decides whether the month is good enough to post.</param>
    /// <param name="cancellationToken">Cancels the run; nothing is posted once cancelled.</param>
    public static async Task<(AttendanceSyncResult Sync, List<PayrollInputRecord> Payroll)> RunAsync(
        Func<Stream> checkIns, YearMonth month, IReadOnlyList<PayrollInputRecord> payroll, string databasePath, Action<IntegrationOptions> calendar,
        bool postPoints, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddHrKitPoints().AddHrKitPointsSqlite(o => o.ConnectionString = databasePath);
        services.AddHrKitIntegration(calendar);
        services.AddSingleton<IAttendanceSource>(sp => new CheckInFileSource(checkIns, DateTimeZoneProviders.Tzdb[sp.GetRequiredService<IOptions<IntegrationOptions>>().Value.TimeZoneId]));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (provider.ConfigureAwait(false))
        {
            // Everyone the payroll file pays this month is on the roster; check-ins of anyone else are reported, not paid.
            var roster = PayrollRoster.ForMonth(payroll, month)
                .Select(i => new Employee(i.EmployeeId, null, i.HireDate, i.TerminationDate))
                .ToList();
            var sync = await provider.GetRequiredService<AttendanceSync>().RunAsync(month, roster, postPoints, cancellationToken).ConfigureAwait(false);
            var byEmployee = sync.Employees.ToDictionary(e => e.EmployeeId, StringComparer.Ordinal);
            var merged = payroll
                .Select(r => r.Input is { } input && input.Period == month && byEmployee.TryGetValue(input.EmployeeId, out var attendance)
                    ? r with { Input = attendance.ApplyTo(input) }
                    : r)
                .ToList();
            return (sync, merged);
        }
    }

    public static Action<IntegrationOptions> Calendar(IReadOnlyList<LocalDate> holidays, IReadOnlyList<LocalDate> makeUpWorkdays, IReadOnlyList<LocalDate> restDays) => o =>
    {
        foreach (var d in holidays)
        {
            o.StatutoryHolidays.Add(d);
        }

        foreach (var d in makeUpWorkdays)
        {
            o.MakeUpWorkdays.Add(d);
        }

        foreach (var d in restDays)
        {
            o.ShiftedRestDays.Add(d);
        }
    };
}
