using HrKit.Integration.Vendors;
using NodaTime;

namespace HrKit.Integration;

/// <summary>Derived values of <see cref="IntegrationOptions"/>.</summary>
internal static class IntegrationOptionsExtensions
{
    public static DateTimeZone Zone(this IntegrationOptions options) => DateTimeZoneProviders.Tzdb[options.TimeZoneId];

    public static VendorCallSettings CallSettings(this IntegrationOptions options) =>
        new(options.Http.RateLimitRetries, options.Http.RateLimitDelay.ToTimeSpan(), options.Http.MaxResponseBytes, options.Http.AttemptTimeout.ToTimeSpan());
}
