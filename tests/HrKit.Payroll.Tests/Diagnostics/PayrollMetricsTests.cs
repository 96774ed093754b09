using System.Diagnostics.Metrics;
using HrKit.Payroll.Diagnostics;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using NodaTime;

namespace HrKit.Payroll.Tests.Diagnostics;

/// <summary>Under DI the engine counts on the host's <see cref="IMeterFactory"/>, so a host (and its tests) sees its own measurements only.</summary>
public sealed class PayrollMetricsTests
{
    [Fact]
    public async Task CalculateMany_EngineFromAddHrKitPayroll_ReportsToTheHostsMeterFactory()
    {
        await using var provider = new ServiceCollection().AddMetrics().AddHrKitPayroll().BuildServiceProvider();
        using var payslips = new MetricCollector<long>(provider.GetRequiredService<IMeterFactory>(), PayrollTelemetry.Name, "hrkit.payroll.payslips");
        using var rejected = new MetricCollector<long>(provider.GetRequiredService<IMeterFactory>(), PayrollTelemetry.Name, "hrkit.payroll.rejected");
        var inputs = Enumerable.Range(0, 5).Select(i => new EmployeeMonthInput
        {
            EmployeeId = "E" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Period = new YearMonth(2026, 1),
            City = i == 4 ? "atlantis" : "beijing",   // one record the run rejects
            BaseSalary = 8_000m,
        });

        _ = provider.GetRequiredService<PayrollEngine>().CalculateMany(inputs).ToList();

        // Only this host's engine reports to this host's factory, so the sums are exact despite parallel tests.
        Assert.Equal(4, payslips.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(1, rejected.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(("{payslip}", PayrollTelemetry.Name), (payslips.Instrument!.Unit, payslips.Instrument.Meter.Name));
        Assert.Equal(typeof(PayrollTelemetry).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion, payslips.Instrument.Meter.Version);
    }
}
