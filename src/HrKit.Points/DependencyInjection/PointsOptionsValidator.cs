using HrKit.Points.Policies;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Points;

/// <summary>Start-up checks for <see cref="PointsOptions"/>; each failure says what to set.</summary>
internal sealed class PointsOptionsValidator : IValidateOptions<PointsOptions>
{
    public ValidateOptionsResult Validate(string? name, PointsOptions options)
    {
        var failures = new List<string>();
        var limits = options.PolicyLimits;
        if (limits is null)
        {
            failures.Add("PointsOptions.PolicyLimits: must not be null; leave it at PointsPolicyLimits.Default or set each limit.");
        }
        else
        {
            failures.AddRange(limits.Validate().Select(p => "PointsOptions.PolicyLimits: " + p));
        }

        if (options.PolicyPath is { } path && limits is not null && failures.Count == 0)
        {
            if (!File.Exists(path))
            {
                failures.Add($"PointsOptions.PolicyPath: '{path}' does not exist; point it at a policy file or leave it null for the built-in policy.");
            }
            else
            {
                try
                {
                    PointsPolicyLoader.LoadFile(path, limits);
                }
                catch (PointsPolicyException ex)
                {
                    failures.AddRange(ex.Errors.Select(e => $"PointsOptions.PolicyPath '{path}': {e}"));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failures.Add($"PointsOptions.PolicyPath '{path}': cannot be read ({ex.Message}); check the path and its permissions.");
                }
            }
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId ?? "") is null)
        {
            failures.Add($"PointsOptions.TimeZoneId: '{options.TimeZoneId}' is not an IANA time zone; use e.g. \"Asia/Shanghai\".");
        }

        if (options.ExpireAfter is { } d && (d <= Duration.Zero || d > PointsBounds.MaxExpireAfter))
        {
            failures.Add("PointsOptions.ExpireAfter: must be positive and at most 36,525 days (PointsBounds.MaxExpireAfter), e.g. Duration.FromDays(365), or null for points that never expire.");
        }

        if (options.LearningTargetPoints <= 0)
        {
            failures.Add("PointsOptions.LearningTargetPoints: must be at least 1 point.");
        }

        if (options.MaxLearningBonusFactor is < 0m or > 1m)
        {
            failures.Add("PointsOptions.MaxLearningBonusFactor: must be between 0 and 1 (0.10 = +10 % of the performance bonus).");
        }

        if (string.IsNullOrWhiteSpace(options.LearningCategory))
        {
            failures.Add("PointsOptions.LearningCategory: must name a category, e.g. \"learning\".");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
