using HrKit.Payroll.Engine;
using HrKit.Payroll.Periods;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the payroll period workflow.</summary>
public static class PayrollPeriodServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="PayrollPeriodService"/> on the registered <see cref="IPayrollPeriodStore"/> (add one:
    /// <c>AddHrKitPayrollSqliteStore</c>, <c>AddHrKitPayrollPostgreSqlStore</c> or <see cref="AddHrKitPayrollInMemoryStore"/>)
    /// and <see cref="PayrollEngine"/> (<c>AddHrKitPayroll</c>), with the registered <see cref="IClock"/> or the system clock, and the registered <see cref="HrKit.Audit.IAuditLog"/> when
    /// there is one (none: nothing is audited).
    /// </summary>
    public static IServiceCollection AddHrKitPayrollPeriods(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new PayrollPeriodService(
            sp.GetRequiredService<IPayrollPeriodStore>(), sp.GetRequiredService<PayrollEngine>(), sp.GetService<IClock>() ?? SystemClock.Instance,
            sp.GetService<HrKit.Audit.IAuditLog>()));
        return services;
    }

    /// <summary>Registers an <see cref="InMemoryPayrollPeriodStore"/> (tests and demos: nothing survives the process).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddHrKitPayrollInMemoryStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IPayrollPeriodStore, InMemoryPayrollPeriodStore>();
        return services;
    }
}
