using Microsoft.Extensions.Options;

namespace HrKit.Integration.Suites;

/// <summary>Checks <see cref="SuiteOptions"/> once at start-up and lists every problem with its fix in one message.</summary>
internal sealed class SuiteOptionsValidator : IValidateOptions<SuiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SuiteOptions options)
    {
        var errors = new List<string>();
        Suite(errors, "WeCom", options.WeCom.SuiteId, options.WeCom.SuiteSecret, options.WeCom.CallbackToken, options.WeCom.CallbackAesKey, "SuiteId", options.WeCom.BaseAddress);
        Suite(errors, "DingTalk", options.DingTalk.SuiteKey, options.DingTalk.SuiteSecret, options.DingTalk.CallbackToken, options.DingTalk.CallbackAesKey, "SuiteKey", options.DingTalk.BaseAddress);
        if (options.MaxConcurrentDetailRequests is < 1 or > 32)
        {
            errors.Add($"Suites.MaxConcurrentDetailRequests is {options.MaxConcurrentDetailRequests}; set 1 to 32 (both vendors rate-limit per company).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(string.Join(" ", errors));
    }

    private static void Suite(List<string> errors, string vendor, string? id, string? secret, string? token, string? aesKey, string idName, Uri? baseAddress)
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
                errors.Add($"Suites.{vendor}.{field} is missing; a suite needs {idName}, SuiteSecret, CallbackToken and CallbackAesKey from the vendor's console.");
            }
        }

        if (!string.IsNullOrEmpty(aesKey) && !IsAesKey(aesKey))
        {
            errors.Add($"Suites.{vendor}.CallbackAesKey must be the 43-character EncodingAESKey from the console.");
        }

        if (baseAddress is null || !baseAddress.IsAbsoluteUri)
        {
            errors.Add($"Suites.{vendor}.BaseAddress must be an absolute URI such as the vendor's default.");
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
