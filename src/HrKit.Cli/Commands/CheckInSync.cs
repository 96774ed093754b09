using HrKit.Integration.DependencyInjection;
using HrKit.Integration.Model;
using HrKit.Integration.Sync;
using HrKit.Integration.Vendors;
using HrKit.Integration.Vendors.Files;
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
    public static async Task<(AttendanceSyncResult Sync, List<PayrollInputRecord> Payroll)> RunAsync(
        Func<Stream> checkIns, YearMonth month, IReadOnlyList<PayrollInputRecord> payroll, string databasePath, Action<IntegrationOptions> calendar)
    {
        var services = new ServiceCollection();
        services.AddHrKitPoints(o => o.ConnectionString = databasePath);
        services.AddHrKitIntegration(calendar);
        services.AddSingleton<IAttendanceSource>(sp => new CheckInFileSource(checkIns, DateTimeZoneProviders.Tzdb[sp.GetRequiredService<IOptions<IntegrationOptions>>().Value.TimeZoneId]));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (provider.ConfigureAwait(false))
        {
            // Everyone the payroll file pays this month is on the roster; check-ins of anyone else are reported, not paid.
            var roster = payroll.Select(r => r.Input).OfType<HrKit.Payroll.Model.EmployeeMonthInput>()
                .Where(i => i.Period == month)
                .Select(i => new Employee(i.EmployeeId, null, i.HireDate, i.TerminationDate))
                .ToList();
            var sync = await provider.GetRequiredService<AttendanceSync>().RunAsync(month, roster, postPoints: true).ConfigureAwait(false);
            var byEmployee = sync.Employees.ToDictionary(e => e.EmployeeId, StringComparer.Ordinal);
            var merged = payroll
                .Select(r => r.Input is { } input && input.Period == month && byEmployee.TryGetValue(input.EmployeeId, out var attendance)
                    ? r with { Input = attendance.ApplyTo(input) }
                    : r)
                .ToList();
            return (sync, merged);
        }
    }
}
