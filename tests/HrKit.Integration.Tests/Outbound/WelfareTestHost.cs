using HrKit.Integration;
using HrKit.Integration.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace HrKit.Integration.Tests.Outbound;

/// <summary>The real service graph pointed at a <see cref="FakeWelfareServer"/>.</summary>
internal static class WelfareTestHost
{
    public static ServiceProvider Build(FakeWelfareServer fake, Action<IntegrationOptions>? configure = null, Action<IServiceCollection>? more = null) =>
        IntegrationHarness.Build(
            o =>
            {
                o.Welfare.BaseAddress = fake.BaseAddress;
                o.Welfare.ApiKey = FakeWelfareServer.ApiKey;
                configure?.Invoke(o);
            },
            more: more);
}
