namespace HrKit.Integration.Vendors;

/// <summary>
/// A vendor API refused or failed a request: a non-zero <c>errcode</c>, an HTTP error that outlived the retries, or a
/// body that is not the documented JSON (DingTalk answers throttled callers with an HTML page).
/// </summary>
/// <remarks>
/// <see cref="HrKitException.ErrorCode"/> is <c>VendorRateLimited</c> when <see cref="IsRateLimited"/>, else
/// <c>VendorApiFailed</c>; <see cref="HrKitException.Target"/> names the endpoint as its record.
/// </remarks>
public sealed class VendorApiException : IntegrationException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/> of a failure that is not a throttle.</summary>
    public const string FailedCode = "VendorApiFailed";

    /// <summary>The <see cref="HrKitException.ErrorCode"/> when the vendor throttled the caller.</summary>
    public const string RateLimitedCode = "VendorRateLimited";

    /// <summary>Creates the exception.</summary>
    public VendorApiException(string vendor, string endpoint, int errCode, string? errMsg, bool isRateLimited = false, Exception? inner = null)
        : base($"{vendor} {endpoint} failed: errcode {errCode} ({errMsg}){(isRateLimited ? " — rate limited, retry later" : "")}.",
            isRateLimited ? RateLimitedCode : FailedCode, new HrKitErrorTarget(Record: $"{vendor} {endpoint}"), inner)
    {
        Vendor = vendor;
        Endpoint = endpoint;
        ErrCode = errCode;
        ErrMsg = errMsg;
        IsRateLimited = isRateLimited;
    }

    /// <summary>Creates the exception.</summary>
    public VendorApiException() : this("unknown", "unknown", -1, null) { }

    /// <summary>Creates the exception.</summary>
    public VendorApiException(string message) : base(message, FailedCode)
    {
        Vendor = Endpoint = "unknown";
        ErrCode = -1;
    }

    /// <summary>Creates the exception.</summary>
    public VendorApiException(string message, Exception? inner) : base(message, FailedCode, target: null, inner)
    {
        Vendor = Endpoint = "unknown";
        ErrCode = -1;
    }

    /// <summary>The vendor, <c>wecom</c> or <c>dingtalk</c>.</summary>
    public string Vendor { get; }

    /// <summary>The API path called, without the access token.</summary>
    public string Endpoint { get; }

    /// <summary>The vendor's errcode; <see cref="NonJsonAnswer"/>, <see cref="UnreadableAnswer"/> or an HTTP status code when there was none.</summary>
    public int ErrCode { get; }

    /// <summary>The vendor's errmsg, or a description of what came back instead.</summary>
    public string? ErrMsg { get; }

    /// <summary>Whether the vendor throttled the caller; such requests may be retried later unchanged.</summary>
    public bool IsRateLimited { get; }

    /// <summary>The <see cref="ErrCode"/> used when the answer was not JSON (e.g. an HTML block page).</summary>
    public const int NonJsonAnswer = -2;

    /// <summary>
    /// The <see cref="ErrCode"/> used when the body could not be read whole: larger than <c>Http.MaxResponseBytes</c>,
    /// slower than <c>Http.AttemptTimeout</c>, or cut off by the connection closing.
    /// </summary>
    public const int UnreadableAnswer = -3;
}
