using HrKit.Configuration;
using System.Globalization;
using HrKit.Integration.Localization;
using HrKit.Localization;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration;

/// <summary>
/// Start-up validation; each message says what to change, in the language of <see cref="CultureInfo.CurrentUICulture"/>
/// (zh-CN for a Chinese one, English otherwise), as .NET's own messages are.
/// </summary>
internal sealed class IntegrationOptionsValidator : IValidateOptions<IntegrationOptions>
{
    public ValidateOptionsResult Validate(string? name, IntegrationOptions options)
    {
        var errors = new List<LocalMessage>();
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            errors.Add(IntegrationText.Of("Options.TimeZoneId", options.TimeZoneId));
        }

        if (options.StatutoryHolidays.Concat(options.MakeUpWorkdays).Concat(options.ShiftedRestDays).GroupBy(d => d).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            errors.Add(IntegrationText.Of("Options.DuplicateDate", NodaTime.Text.LocalDatePattern.Iso.Format(clash.Key)));
        }

        CheckPair(errors, "WeCom", options.WeCom.CorpId, "CorpId", options.WeCom.CheckInSecret, "CheckInSecret");
        CheckPair(errors, "DingTalk", options.DingTalk.AppKey, "AppKey", options.DingTalk.AppSecret, "AppSecret");
        CheckVendor(errors, "WeCom", options.WeCom);
        CheckVendor(errors, "DingTalk", options.DingTalk);
        CheckWelfare(errors, options.Welfare);

        if (options.TokenRefreshMargin < Duration.Zero || options.TokenRefreshMargin > Duration.FromMinutes(60))
        {
            errors.Add(IntegrationText.Of("Options.TokenRefreshMargin"));
        }

        if (options.AllowedClockSkew < Duration.Zero)
        {
            errors.Add(IntegrationText.Of("Options.AllowedClockSkew"));
        }

        if (options.Http.MaxRetryAttempts is < 0 or > 10 || options.Http.RateLimitRetries is < 0 or > 10)
        {
            errors.Add(IntegrationText.Of("Options.HttpRetries"));
        }

        if (options.Http.MaxConcurrentRequests < 1 || options.WebhookQueueCapacity < 1)
        {
            errors.Add(IntegrationText.Of("Options.Concurrency"));
        }

        if (options.Http.MaxResponseBytes is < 1024 or > 1024L * 1024 * 1024)
        {
            errors.Add(IntegrationText.Of("Options.MaxResponseBytes", options.Http.MaxResponseBytes));
        }

        if (options.Http.AttemptTimeout <= Duration.Zero || options.Http.RetryBaseDelay <= Duration.Zero || options.Http.RateLimitDelay < Duration.Zero)
        {
            errors.Add(IntegrationText.Of("Options.HttpDelays"));
        }

        CheckWebhooks(errors, options);
        CheckInbox(errors, options.WebhookInbox);
        return LocalisedOptionsResult.Of(errors);
    }

    private static void CheckWebhooks(List<LocalMessage> errors, IntegrationOptions options)
    {
        var window = options.DeduplicationWindow;
        if (window <= Duration.Zero || window > Duration.FromDays(30))
        {
            errors.Add(IntegrationText.Of("Options.DeduplicationWindow", window));
        }

        if (options.Webhooks.MaxBodyBytes is < 1024 or > 64 * 1024 * 1024)
        {
            errors.Add(IntegrationText.Of("Options.WebhookMaxBodyBytes", options.Webhooks.MaxBodyBytes));
        }

        foreach (var (name, tolerance) in new[] { ("Webhooks.CallbackTimestampTolerance", options.Webhooks.CallbackTimestampTolerance), ("SignedWebhook.TimestampTolerance", options.SignedWebhook.TimestampTolerance) })
        {
            if (tolerance <= Duration.Zero || tolerance > window)
            {
                // Beyond the de-duplication window a replay would find its id forgotten and be processed again.
                errors.Add(IntegrationText.Of("Options.TimestampTolerance", name, tolerance, window));
            }
        }
    }

    private static void CheckInbox(List<LocalMessage> errors, WebhookInboxOptions inbox)
    {
        if (inbox.MaxAttempts is < 1 or > 100)
        {
            errors.Add(IntegrationText.Of("Options.InboxMaxAttempts", inbox.MaxAttempts));
        }

        if (inbox.RetryDelay <= Duration.Zero || inbox.RetryDelay > Duration.FromDays(1))
        {
            errors.Add(IntegrationText.Of("Options.InboxRetryDelay", inbox.RetryDelay));
        }

        if (inbox.PollInterval < Duration.FromMilliseconds(10) || inbox.PollInterval > Duration.FromHours(1))
        {
            errors.Add(IntegrationText.Of("Options.InboxPollInterval", inbox.PollInterval));
        }

        if (inbox.ProcessingLease < Duration.FromSeconds(1) || inbox.ProcessingLease > Duration.FromDays(1))
        {
            errors.Add(IntegrationText.Of("Options.InboxProcessingLease", inbox.ProcessingLease));
        }
    }

    private static void CheckPair(List<LocalMessage> errors, string vendor, string? first, string firstName, string? second, string secondName)
    {
        if (string.IsNullOrEmpty(first) != string.IsNullOrEmpty(second))
        {
            errors.Add(IntegrationText.Of("Options.CredentialPair", vendor, firstName, secondName));
        }
    }

    private static void CheckVendor(List<LocalMessage> errors, string vendor, VendorOptions options)
    {
        if (!IsHttp(options.BaseAddress))
        {
            errors.Add(IntegrationText.Of("Options.VendorBaseAddress", vendor));
        }

        if (options.CallbackAesKey is { } key && (key.Length != 43 || !IsBase64(key + "=")))
        {
            errors.Add(IntegrationText.Of("Options.CallbackAesKey", vendor));
        }

        if (string.IsNullOrEmpty(options.CallbackToken) != string.IsNullOrEmpty(options.CallbackAesKey))
        {
            errors.Add(IntegrationText.Of("Options.CallbackPair", vendor));
        }
    }

    private static void CheckWelfare(List<LocalMessage> errors, WelfareOptions welfare)
    {
        if (welfare.BaseAddress is { } address)
        {
            if (!IsHttp(address))
            {
                errors.Add(IntegrationText.Of("Options.WelfareBaseAddress"));
            }
            else if (address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback)
            {
                errors.Add(IntegrationText.Of("Options.WelfarePlainHttp", address));
            }
        }

        if ((welfare.BaseAddress is null) != string.IsNullOrEmpty(welfare.ApiKey))
        {
            errors.Add(IntegrationText.Of("Options.WelfarePair"));
        }

        if (welfare.MaxAttempts is < 1 or > 10)
        {
            errors.Add(IntegrationText.Of("Options.WelfareMaxAttempts", welfare.MaxAttempts));
        }

        if (welfare.MaxRetryAfter < Duration.Zero || welfare.MaxRetryAfter > Duration.FromMinutes(5))
        {
            errors.Add(IntegrationText.Of("Options.WelfareMaxRetryAfter"));
        }
    }

    private static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out var written) && written == 32;

    private static bool IsHttp(Uri? uri) => uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
