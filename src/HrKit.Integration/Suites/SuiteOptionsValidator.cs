using HrKit.Configuration;
using System.Globalization;
using HrKit.Integration.Localization;
using HrKit.Localization;
using Microsoft.Extensions.Options;

namespace HrKit.Integration.Suites;

/// <summary>
/// Checks <see cref="SuiteOptions"/> once at start-up and lists every problem with its fix, one failure each (a Chinese
/// sentence keeps its 。 with no stray separator inside it), in the language of
/// <see cref="CultureInfo.CurrentUICulture"/> (zh-CN for a Chinese one, English otherwise).
/// </summary>
internal sealed class SuiteOptionsValidator : IValidateOptions<SuiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SuiteOptions options)
    {
        var errors = new List<LocalMessage>();
        Suite(errors, "WeCom", options.WeCom.SuiteId, options.WeCom.SuiteSecret, options.WeCom.CallbackToken, options.WeCom.CallbackAesKey, "SuiteId", options.WeCom.BaseAddress);
        Suite(errors, "DingTalk", options.DingTalk.SuiteKey, options.DingTalk.SuiteSecret, options.DingTalk.CallbackToken, options.DingTalk.CallbackAesKey, "SuiteKey", options.DingTalk.BaseAddress);
        if (options.MaxConcurrentDetailRequests is < 1 or > 32)
        {
            errors.Add(IntegrationText.Of("Options.SuiteMaxConcurrentDetailRequests", options.MaxConcurrentDetailRequests));
        }

        return LocalisedOptionsResult.Of(errors);
    }

    private static void Suite(List<LocalMessage> errors, string vendor, string? id, string? secret, string? token, string? aesKey, string idName, Uri? baseAddress)
    {
        var any = !string.IsNullOrEmpty(id) || !string.IsNullOrEmpty(secret) || !string.IsNullOrEmpty(token) || !string.IsNullOrEmpty(aesKey);
        if (!any)
        {
            return;
        }

        foreach (var (value, field) in new[] { (id, idName), (secret, "SuiteSecret"), (token, "CallbackToken"), (aesKey, "CallbackAesKey") })
        {
            if (string.IsNullOrEmpty(value))
            {
                errors.Add(IntegrationText.Of("Options.SuiteFieldMissing", vendor, field, idName));
            }
        }

        if (!string.IsNullOrEmpty(aesKey) && !IsAesKey(aesKey))
        {
            errors.Add(IntegrationText.Of("Options.SuiteCallbackAesKey", vendor));
        }

        if (baseAddress is null || !baseAddress.IsAbsoluteUri)
        {
            errors.Add(IntegrationText.Of("Options.SuiteBaseAddress", vendor));
        }
    }

    private static bool IsAesKey(string key)
    {
        if (key.Length != 43)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[33];
        return Convert.TryFromBase64String(key + "=", bytes, out var written) && written == 32;
    }
}
