using System.Globalization;
using HrKit.Integration.Localization;
using HrKit.Localization;

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
        : base(Describe(vendor, endpoint, errCode, errMsg, isRateLimited),
            isRateLimited ? RateLimitedCode : FailedCode, new HrKitErrorTarget(Record: $"{vendor} {endpoint}"), inner)
    {
        Vendor = vendor;
        Endpoint = endpoint;
        ErrCode = errCode;
        ErrMsg = errMsg;
        IsRateLimited = isRateLimited;
    }

    // HrKit's own description of what came back instead of an answer (not JSON, cut off…): ErrMsg is its English text.
    internal VendorApiException(string vendor, string endpoint, int errCode, LocalMessage detail, bool isRateLimited = false, Exception? inner = null)
        : this(vendor, endpoint, errCode, detail.ToString(), isRateLimited, inner)
    {
        _detail = detail;
    }

    /// <summary>Creates the exception.</summary>
    public VendorApiException() : this("unknown", "unknown", -1, (string?)null) { }

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

    private readonly LocalMessage? _detail;

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

    /// <summary>
    /// The failure in <paramref name="culture"/>'s language, with the vendor's own errmsg as the vendor wrote it; null
    /// for an exception created from a message.
    /// </summary>
    /// <param name="culture">The language to render in.</param>
    protected override string? LocalizeMessage(CultureInfo culture) =>
        string.Equals(Message, Describe(Vendor, Endpoint, ErrCode, ErrMsg, IsRateLimited), StringComparison.Ordinal)
            ? TextOf(Vendor, Endpoint, ErrCode, _detail ?? (object?)ErrMsg, IsRateLimited).Render(culture)
            : null;

    private static string Describe(string vendor, string endpoint, int errCode, string? errMsg, bool isRateLimited) =>
        TextOf(vendor, endpoint, errCode, errMsg, isRateLimited).ToString();

    private static LocalMessage TextOf(string vendor, string endpoint, int errCode, object? errMsg, bool isRateLimited) =>
        IntegrationText.Of(isRateLimited ? "Vendor.RateLimited" : "Vendor.Failed", vendor, endpoint, errCode, errMsg);
}
