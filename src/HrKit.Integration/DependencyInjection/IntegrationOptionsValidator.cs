using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration;

/// <summary>Start-up validation; each message says what to change.</summary>
internal sealed class IntegrationOptionsValidator : IValidateOptions<IntegrationOptions>
{
    public ValidateOptionsResult Validate(string? name, IntegrationOptions options)
    {
        var errors = new List<string>();
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            errors.Add($"TimeZoneId '{options.TimeZoneId}' is not an IANA zone; use e.g. 'Asia/Shanghai'.");
        }

        if (options.StatutoryHolidays.Concat(options.MakeUpWorkdays).Concat(options.ShiftedRestDays).GroupBy(d => d).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            errors.Add($"{NodaTime.Text.LocalDatePattern.Iso.Format(clash.Key)} appears more than once in StatutoryHolidays, MakeUpWorkdays and ShiftedRestDays; list each date once, in one of them.");
        }

        CheckPair(errors, "WeCom", options.WeCom.CorpId, "CorpId", options.WeCom.CheckInSecret, "CheckInSecret");
        CheckPair(errors, "DingTalk", options.DingTalk.AppKey, "AppKey", options.DingTalk.AppSecret, "AppSecret");
        CheckVendor(errors, "WeCom", options.WeCom);
        CheckVendor(errors, "DingTalk", options.DingTalk);
        CheckWelfare(errors, options.Welfare);

        if (options.TokenRefreshMargin < Duration.Zero || options.TokenRefreshMargin > Duration.FromMinutes(60))
        {
            errors.Add("TokenRefreshMargin must be between 0 and 60 minutes (tokens live 2 hours); 5 minutes is usual.");
        }

        if (options.AllowedClockSkew < Duration.Zero)
        {
            errors.Add("AllowedClockSkew must not be negative.");
        }

        if (options.Http.MaxRetryAttempts is < 0 or > 10 || options.Http.RateLimitRetries is < 0 or > 10)
        {
            errors.Add("Http.MaxRetryAttempts and Http.RateLimitRetries must be between 0 and 10.");
        }

        if (options.Http.MaxConcurrentRequests < 1 || options.WebhookQueueCapacity < 1)
        {
            errors.Add("Http.MaxConcurrentRequests and WebhookQueueCapacity must be at least 1.");
        }

        if (options.Http.MaxResponseBytes is < 1024 or > 1024L * 1024 * 1024)
        {
            errors.Add($"Http.MaxResponseBytes is {options.Http.MaxResponseBytes}; use 1024 (1 KiB) to 1073741824 (1 GiB); the default 33554432 (32 MiB) fits the largest documented answer eight times.");
        }

        if (options.Http.AttemptTimeout <= Duration.Zero || options.Http.RetryBaseDelay <= Duration.Zero || options.Http.RateLimitDelay < Duration.Zero)
        {
            errors.Add("Http.AttemptTimeout and Http.RetryBaseDelay must be positive, Http.RateLimitDelay not negative.");
        }

        CheckWebhooks(errors, options);
        CheckInbox(errors, options.WebhookInbox);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckWebhooks(List<string> errors, IntegrationOptions options)
    {
        var window = options.DeduplicationWindow;
        if (window <= Duration.Zero || window > Duration.FromDays(30))
        {
            errors.Add($"DeduplicationWindow is {window}; use more than 0 and at most 30 days; 24 hours is usual.");
        }

        if (options.Webhooks.MaxBodyBytes is < 1024 or > 64 * 1024 * 1024)
        {
            errors.Add($"Webhooks.MaxBodyBytes is {options.Webhooks.MaxBodyBytes}; use 1024 (1 KiB) to 67108864 (64 MiB); the default 262144 (256 KiB) fits every vendor callback.");
        }

        foreach (var (name, tolerance) in new[] { ("Webhooks.CallbackTimestampTolerance", options.Webhooks.CallbackTimestampTolerance), ("SignedWebhook.TimestampTolerance", options.SignedWebhook.TimestampTolerance) })
        {
            if (tolerance <= Duration.Zero || tolerance > window)
            {
                // Beyond the de-duplication window a replay would find its id forgotten and be processed again.
                errors.Add($"{name} is {tolerance}; use more than 0 and at most DeduplicationWindow ({window}), or a replay outside the window would be processed twice.");
            }
        }
    }

    private static void CheckInbox(List<string> errors, WebhookInboxOptions inbox)
    {
        if (inbox.MaxAttempts is < 1 or > 100)
        {
            errors.Add($"WebhookInbox.MaxAttempts is {inbox.MaxAttempts}; use 1 to 100; 5 is usual.");
        }

        if (inbox.RetryDelay <= Duration.Zero || inbox.RetryDelay > Duration.FromDays(1))
        {
            errors.Add($"WebhookInbox.RetryDelay is {inbox.RetryDelay}; use more than 0 and at most 1 day; 30 seconds is usual.");
        }

        if (inbox.PollInterval < Duration.FromMilliseconds(10) || inbox.PollInterval > Duration.FromHours(1))
        {
            errors.Add($"WebhookInbox.PollInterval is {inbox.PollInterval}; use 10 milliseconds to 1 hour; 5 seconds is usual.");
        }

        if (inbox.ProcessingLease < Duration.FromSeconds(1) || inbox.ProcessingLease > Duration.FromDays(1))
        {
            errors.Add($"WebhookInbox.ProcessingLease is {inbox.ProcessingLease}; use 1 second to 1 day, longer than the slowest webhook handler.");
        }
    }

    private static void CheckPair(List<string> errors, string vendor, string? first, string firstName, string? second, string secondName)
    {
        if (string.IsNullOrEmpty(first) != string.IsNullOrEmpty(second))
        {
            errors.Add($"{vendor}.{firstName} and {vendor}.{secondName} must be set together (or both left empty to disable {vendor}).");
        }
    }

    private static void CheckVendor(List<string> errors, string vendor, VendorOptions options)
    {
        if (!IsHttp(options.BaseAddress))
        {
            errors.Add($"{vendor}.BaseAddress must be an absolute http(s) URI; leave the default outside tests.");
        }

        if (options.CallbackAesKey is { } key && (key.Length != 43 || !IsBase64(key + "=")))
        {
            errors.Add($"{vendor}.CallbackAesKey must be the 43-character EncodingAESKey (letters, digits, + and /) from the {vendor} console.");
        }

        if (string.IsNullOrEmpty(options.CallbackToken) != string.IsNullOrEmpty(options.CallbackAesKey))
        {
            errors.Add($"{vendor}.CallbackToken and {vendor}.CallbackAesKey must be set together for callbacks.");
        }
    }

    private static void CheckWelfare(List<string> errors, WelfareOptions welfare)
    {
        if (welfare.BaseAddress is { } address)
        {
            if (!IsHttp(address))
            {
                errors.Add("Welfare.BaseAddress must be an absolute http(s) URI such as 'https://welfare.example.com/'.");
            }
            else if (address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback)
            {
                errors.Add($"Welfare.BaseAddress '{address}' is plain http: the API key would travel unencrypted; use https (http is accepted for loopback test servers only).");
            }
        }

        if ((welfare.BaseAddress is null) != string.IsNullOrEmpty(welfare.ApiKey))
        {
            errors.Add("Welfare.BaseAddress and Welfare.ApiKey must be set together (or both left empty to disable the welfare provider).");
        }

        if (welfare.MaxAttempts is < 1 or > 10)
        {
            errors.Add($"Welfare.MaxAttempts is {welfare.MaxAttempts}; it counts the first attempt, so use 1 (never retry) to 10; 3 is usual.");
        }

        if (welfare.MaxRetryAfter < Duration.Zero || welfare.MaxRetryAfter > Duration.FromMinutes(5))
        {
            errors.Add("Welfare.MaxRetryAfter must be between 0 and 5 minutes; longer waits belong to the next forwarding run, not to one send.");
        }
    }

    private static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out var written) && written == 32;

    private static bool IsHttp(Uri? uri) => uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
