using HrKit.Payroll.Periods;
using HrKit.Payroll.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL payroll period store.</summary>
public static class PayrollPostgreSqlServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="PostgreSqlPayrollPeriodStore"/> on <paramref name="connectionString"/> as the
    /// <see cref="IPayrollPeriodStore"/> (unless one is registered already). Call <see cref="IPayrollPeriodStore.InitializeAsync"/>
    /// once at start-up; use with <c>AddHrKitPayrollPeriods()</c>.
    /// </summary>
    /// <example><code>services.AddHrKitPayroll().AddHrKitPayrollPeriods().AddHrKitPayrollPostgreSqlStore("Host=db;Database=hr;Username=payroll");</code></example>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty.</exception>
    public static IServiceCollection AddHrKitPayrollPostgreSqlStore(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton<IPayrollPeriodStore>(_ => new PostgreSqlPayrollPeriodStore(connectionString));
        return services;
    }
}
