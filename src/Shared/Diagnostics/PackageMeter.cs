using System.Diagnostics.Metrics;
using System.Reflection;

namespace HrKit.Diagnostics;

/// <summary>
/// How every HrKit package creates its meter (this file is linked into each package): through the host's
/// <see cref="IMeterFactory"/> when dependency injection provides one, so the host's listeners and its tests'
/// <c>MetricCollector</c> see the measurements of that host only and the container disposes the meter; otherwise one
/// process-wide meter, for code that builds the SDK's classes without DI.
/// </summary>
internal static class PackageMeter
{
    /// <summary>The informational version of <paramref name="type"/>'s assembly (e.g. <c>0.1.0+3f2a…</c>, the commit included), else its version.</summary>
    public static string? VersionOf(Type type) =>
        type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? type.Assembly.GetName().Version?.ToString();

    /// <summary>The meter named <paramref name="name"/>: the factory's when there is one (cached by it), else a new one.</summary>
    public static Meter Create(IMeterFactory? factory, string name, string? version) =>
        factory is null ? new Meter(name, version) : factory.Create(new MeterOptions(name) { Version = version });
}
