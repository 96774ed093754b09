using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace HrKit.Tests.Shared;

/// <summary>
/// The OpenTelemetry guidance for libraries, checked the same way for every package (this file is linked into each
/// package's tests): every instrument has a unit and a description, and the meter and the activity source carry the
/// package's informational version.
/// </summary>
internal static class TelemetryConventions
{
    public static void AssertFollowed(Type telemetry, string name, ActivitySource activitySource)
    {
        RuntimeHelpers.RunClassConstructor(telemetry.TypeHandle);
        // The informational version (0.1.0+commit): what a dashboard needs to tell two builds of one release apart.
        var version = telemetry.Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        var instruments = new List<Instrument>();
        using (var listener = new MeterListener())
        {
            // Start() replays the instruments already published, which is all of them once the class is initialised.
            listener.InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name == name)
                {
                    instruments.Add(instrument);
                }
            };
            listener.Start();
        }

        Assert.NotEmpty(instruments);
        Assert.All(instruments, i =>
        {
            Assert.True(!string.IsNullOrWhiteSpace(i.Unit), $"{i.Name} has no unit.");
            Assert.True(!string.IsNullOrWhiteSpace(i.Description), $"{i.Name} has no description.");
            Assert.Equal(version, i.Meter.Version);
        });
        Assert.Equal(name, activitySource.Name);
        Assert.Equal(version, activitySource.Version);
    }
}
