using HrKit.Configuration;
using System.Globalization;
using HrKit.Localization;
using HrKit.Points.Localization;
using HrKit.Points.Policies;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Points;

/// <summary>
/// Start-up checks for <see cref="PointsOptions"/>; each failure says what to set. As .NET's own messages, the failures
/// are in the language of <see cref="CultureInfo.CurrentUICulture"/> (zh-CN for a Chinese one, English otherwise).
/// </summary>
internal sealed class PointsOptionsValidator : IValidateOptions<PointsOptions>
{
    public ValidateOptionsResult Validate(string? name, PointsOptions options)
    {
        var culture = CultureInfo.CurrentUICulture;
        var failures = new List<LocalMessage>();
        var limits = options.PolicyLimits;
        if (limits is null)
        {
            failures.Add(PointsText.Of("Options.PolicyLimitsNull"));
        }
        else
        {
            failures.AddRange(limits.Problems().Select(p => PointsText.Of("Options.PolicyLimits", p)));
        }

        if (options.PolicyPath is { } path && limits is not null && failures.Count == 0)
        {
            if (!File.Exists(path))
            {
                failures.Add(PointsText.Of("Options.PolicyPathMissing", path));
            }
            else
            {
                try
                {
                    PointsPolicyLoader.LoadFile(path, limits);
                }
                catch (PointsPolicyException ex)
                {
                    failures.AddRange(ex.Errors.Select(e => PointsText.Of("Options.PolicyPathError", path, e.Describe(culture))));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failures.Add(PointsText.Of("Options.PolicyPathUnreadable", path, ex.Message));
                }
            }
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId ?? "") is null)
        {
            failures.Add(PointsText.Of("Options.TimeZoneId", options.TimeZoneId));
        }

        if (options.ExpireAfter is { } d && (d <= Duration.Zero || d > PointsBounds.MaxExpireAfter))
        {
            failures.Add(PointsText.Of("Options.ExpireAfter"));
        }

        if (options.LearningTargetPoints <= 0)
        {
            failures.Add(PointsText.Of("Options.LearningTargetPoints"));
        }

        if (options.MaxLearningBonusFactor is < 0m or > 1m)
        {
            failures.Add(PointsText.Of("Options.MaxLearningBonusFactor"));
        }

        if (string.IsNullOrWhiteSpace(options.LearningCategory))
        {
            failures.Add(PointsText.Of("Options.LearningCategory"));
        }

        return LocalisedOptionsResult.Of(failures);
    }
}
