using HrKit.Payroll.Periods;
using HrKit.Payroll.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite payroll period store.</summary>
public static class PayrollSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="SqlitePayrollPeriodStore"/> on <paramref name="path"/> as the
    /// <see cref="IPayrollPeriodStore"/> (unless one is registered already). Call <see cref="IPayrollPeriodStore.InitializeAsync"/>
    /// once at start-up; use with <c>AddHrKitPayrollPeriods()</c>.
    /// </summary>
    /// <example><code>services.AddHrKitPayroll().AddHrKitPayrollPeriods().AddHrKitPayrollSqliteStore("payroll.db");</code></example>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static IServiceCollection AddHrKitPayrollSqliteStore(this IServiceCollection services, string path)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.TryAddSingleton<IPayrollPeriodStore>(_ => new SqlitePayrollPeriodStore(path));
        return services;
    }
}
