using Microsoft.Extensions.DependencyInjection;

namespace HrKit.Integration.Tests.DependencyInjection;

/// <summary>
/// Issue 19: a library and its host may both call AddHrKitX; the second call must not register any service again
/// (two attendance sources of one vendor would read it twice). Only options configurations may repeat.
/// </summary>
public sealed class AddHrKitTwiceTests
{
    private static ServiceCollection Twice(Action<IServiceCollection> add)
    {
        var services = new ServiceCollection();
        add(services);
        add(services);
        return services;
    }

    // Registrations per service type (and key). IConfigureOptions<T> are the configure delegates, one per call by
    // design; every other service must be registered as often after two calls as after one.
    private static SortedDictionary<string, int> PerService(IServiceCollection services) =>
        new(services
            .Where(d => !(d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(Microsoft.Extensions.Options.IConfigureOptions<>)))
            .GroupBy(d => $"{d.ServiceType} {d.ServiceKey}")
            .ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static void AssertOnce(Action<IServiceCollection> add)
    {
        var once = new ServiceCollection();
        add(once);

        var twice = Twice(add);

        Assert.Equal(PerService(once), PerService(twice));
        Assert.Contains(once, d => d.ServiceType.Namespace?.StartsWith("HrKit", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void AddHrKitPayroll_CalledTwice_RegistersEachServiceOnce()
    {
        AssertOnce(s => s.AddHrKitPayroll());
    }

    [Fact]
    public void AddHrKitPoints_CalledTwice_RegistersEachServiceOnce()
    {
        AssertOnce(s => s.AddHrKitPoints());
    }

    [Fact]
    public void AddHrKitIntegration_CalledTwice_RegistersEachServiceOnce()
    {
        AssertOnce(s => s.AddHrKitIntegration());
    }

    [Fact]
    public void AddHrKitIntegration_CalledTwice_ResolvesOneSourcePerVendor()
    {
        using var provider = Twice(s => s.AddHrKitIntegration()).BuildServiceProvider();

        var sources = provider.GetServices<HrKit.Integration.Vendors.IAttendanceSource>().Select(s => s.GetType().Name).ToList();

        Assert.Equal(sources.Distinct().Count(), sources.Count);
        Assert.Equal(2, sources.Count); // WeCom and DingTalk
    }
}
