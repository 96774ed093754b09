using System.Globalization;
using HrKit.Integration.Localization;
using HrKit.Localization;

namespace HrKit.Integration.Outbound;

/// <summary>
/// An outbound message was not delivered: the receiver refused it (a 4xx, never retried), or it stayed unreachable or
/// overloaded through the retries. The sibling of <see cref="Vendors.VendorApiException"/> for systems HrKit writes to.
/// </summary>
/// <remarks>
/// <see cref="HrKitException.ErrorCode"/> is <c>OutboundUndelivered</c> when <see cref="IsTransient"/>, else
/// <c>OutboundRefused</c>; <see cref="HrKitException.Target"/> names the message id as its record.
/// </remarks>
public sealed class OutboundDeliveryException : IntegrationException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/> of a refusal: the message or the settings must change.</summary>
    public const string RefusedCode = "OutboundRefused";

    /// <summary>The <see cref="HrKitException.ErrorCode"/> when the receiver stayed unreachable or overloaded.</summary>
    public const string UndeliveredCode = "OutboundUndelivered";

    /// <summary>Creates the exception.</summary>
    /// <param name="receiver">The adapter's name, e.g. <c>welfare</c>.</param>
    /// <param name="endpoint">The method and path called.</param>
    /// <param name="messageId">The id of the message that was not delivered.</param>
    /// <param name="statusCode">The HTTP status of the last answer; <see langword="null"/> when none came.</param>
    /// <param name="receiverErrorCode">The receiver's error code from its error body, when it gave one.</param>
    /// <param name="errorMessage">The receiver's error message, or what went wrong when it did not answer.</param>
    /// <param name="isTransient">Whether sending the same message later may succeed.</param>
    /// <param name="inner">The transport error, when there was one.</param>
    public OutboundDeliveryException(
        string receiver, string endpoint, string messageId, int? statusCode, string? receiverErrorCode, string? errorMessage, bool isTransient, Exception? inner = null)
        : base(Describe(receiver, endpoint, messageId, statusCode, receiverErrorCode, errorMessage, isTransient),
            isTransient ? UndeliveredCode : RefusedCode, new HrKitErrorTarget(Record: messageId), inner)
    {
        Receiver = receiver;
        Endpoint = endpoint;
        MessageId = messageId;
        StatusCode = statusCode;
        ReceiverErrorCode = receiverErrorCode;
        ErrorMessage = errorMessage;
        IsTransient = isTransient;
    }

    /// <summary>Creates the exception.</summary>
    public OutboundDeliveryException() : this("unknown", "unknown", "unknown", null, null, null, false) { }

    /// <summary>Creates the exception.</summary>
    public OutboundDeliveryException(string message) : this(message, null!) { }

    /// <summary>Creates the exception.</summary>
    public OutboundDeliveryException(string message, Exception? inner) : base(message, RefusedCode, target: null, inner)
    {
        Receiver = Endpoint = MessageId = "unknown";
    }

    /// <summary>The adapter's name, e.g. <c>welfare</c>.</summary>
    public string Receiver { get; }

    /// <summary>The method and path called, e.g. <c>POST v1/redemptions</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The id of the message that was not delivered.</summary>
    public string MessageId { get; }

    /// <summary>The HTTP status of the last answer; <see langword="null"/> when none came (connection failure, timeout).</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// The receiver's own error code, e.g. <c>item_unknown</c>; HrKit's code for the failure is
    /// <see cref="HrKitException.ErrorCode"/>.
    /// </summary>
    public string? ReceiverErrorCode { get; }

    /// <summary>The receiver's error message, or what went wrong when it did not answer.</summary>
    public string? ErrorMessage { get; }

    /// <summary>
    /// Whether sending the same message later may succeed (no answer, 408, 409 in progress, 429, 5xx). A refusal
    /// (other 4xx) is not transient: the message or the settings must change first.
    /// </summary>
    public bool IsTransient { get; }

    /// <summary>
    /// The failure in <paramref name="culture"/>'s language, with the receiver's own error code and message as it
    /// wrote them; null for an exception created from a message.
    /// </summary>
    /// <param name="culture">The language to render in.</param>
    protected override string? LocalizeMessage(CultureInfo culture) =>
        string.Equals(Message, Describe(Receiver, Endpoint, MessageId, StatusCode, ReceiverErrorCode, ErrorMessage, IsTransient), StringComparison.Ordinal)
            ? TextOf(Receiver, Endpoint, MessageId, StatusCode, ReceiverErrorCode, ErrorMessage, IsTransient).Render(culture)
            : null;

    private static string Describe(string receiver, string endpoint, string messageId, int? status, string? code, string? message, bool transient) =>
        TextOf(receiver, endpoint, messageId, status, code, message, transient).ToString();

    private static LocalMessage TextOf(string receiver, string endpoint, string messageId, int? status, string? code, string? message, bool transient)
    {
        // The receiver's status, code and message are shown as they came; only "no answer" is HrKit's words.
        object answer = status is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {s}{(code is null ? "" : " " + code)}{(message is null ? "" : ": " + message)}")
            : message is null ? IntegrationText.Of("Outbound.NoAnswer") : IntegrationText.Of("Outbound.NoAnswerBecause", message);
        return IntegrationText.Of(transient ? "Outbound.Undelivered" : "Outbound.Refused", receiver, messageId, endpoint, answer);
    }
}
