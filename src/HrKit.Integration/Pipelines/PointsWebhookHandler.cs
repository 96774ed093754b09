using System.Text.Json;
using HrKit.Integration;
using HrKit.Integration.Vendors;
using HrKit.Integration.Vendors.DingTalk;
using HrKit.Integration.Webhooks;
using HrKit.Points.Engine;
using HrKit.Points.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Integration.Pipelines;

/// <summary>
/// Points as webhooks arrive: DingTalk check-in pushes become <c>checkIn</c> events, signed webhook bodies become the
/// points event they describe (training completed, article shared, …). WeCom pushes no check-in data; its check-ins
/// earn points when a sync reads them. Does nothing when the host has not added HrKit.Points.
/// </summary>
internal sealed class PointsWebhookHandler(IServiceProvider services, IOptions<IntegrationOptions> options, ILogger<PointsWebhookHandler> logger) : IWebhookHandler
{
    private const string SignedSource = "signed";
    private const string DingTalkCheckRecord = "attendance_check_record";
    private readonly VendorUserMap _dingTalkUsers = new(options.Value.DingTalk);
    private readonly Lazy<AttendancePointsPipeline?> _pipeline = new(() =>
        services.GetService<PointsService>() is null ? null : services.GetRequiredService<AttendancePointsPipeline>());

    public async Task HandleAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_pipeline.Value is not { } pipeline)
        {
            return;
        }

        List<PointsEvent> events = message switch
        {
            { Source: DingTalkRecordMapper.Source, EventType: DingTalkCheckRecord } => [.. pipeline.CheckInEvents(DingTalkCheckIns(message))],
            { Source: SignedSource } => SignedEvent(message) is { } e ? [e] : [],
            _ => [],
        };
        if (events.Count > 0)
        {
            await pipeline.PostAsync(events, cancellationToken).ConfigureAwait(false);
        }
    }

    private IEnumerable<(string EmployeeId, Instant Time)> DingTalkCheckIns(WebhookMessage message)
    {
        DingTalkCheckRecordPush? push;
        try
        {
            push = JsonSerializer.Deserialize(message.Payload, PointsWebhookJsonContext.Default.DingTalkCheckRecordPush);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "DingTalk push {MessageId} is not the documented attendance_check_record JSON; no points.", message.MessageId);
            yield break;
        }

        foreach (var item in push?.DataList ?? [])
        {
            if (item.UserId is not { Length: > 0 } userId || item.CheckTime <= 0)
            {
                logger.LogWarning("DingTalk push {MessageId} has an item without userId or checkTime; it earns no points.", message.MessageId);
            }
            else if (_dingTalkUsers.ToEmployee(userId) is not { } employeeId)
            {
                logger.LogWarning("DingTalk user '{UserId}' is not in DingTalk.UserIdMap; the check-in earns no points.", userId);
            }
            else
            {
                yield return (employeeId, Instant.FromUnixTimeMilliseconds(item.CheckTime));
            }
        }
    }

    private PointsEvent? SignedEvent(WebhookMessage message)
    {
        SignedPointsPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(message.Payload, PointsWebhookJsonContext.Default.SignedPointsPayload);
        }
        catch (JsonException ex)
        {
            return Skip(message, "the body is not a JSON points event: " + ex.Message);
        }

        if (payload?.EmployeeId is not { Length: > 0 } employeeId)
        {
            return Skip(message, "'employeeId' is missing");
        }

        if ((payload.Type ?? message.EventType) is not { Length: > 0 } type)
        {
            return Skip(message, "'type' is missing from the body and the X-HrKit-Event header");
        }

        var occurredAt = message.ReceivedAt;
        if (payload.OccurredAt is { } text)
        {
            var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
            if (!parsed.Success)
            {
                return Skip(message, $"'occurredAt' '{text}' is not an ISO-8601 time with an offset such as 2025-06-10T17:30:00+08:00");
            }

            occurredAt = parsed.Value.ToInstant();
        }

        // The sender's own event id survives redelivery under a new delivery id; the delivery id is the fallback.
        return new PointsEvent(payload.EventId is { Length: > 0 } id ? id : "signed:" + message.MessageId, employeeId, PointsEventTypes.FromWebhook(type), occurredAt)
        {
            Score = payload.Score,
            Count = payload.Count,
            Minutes = payload.Minutes,
            Days = payload.Days,
            Subject = payload.Subject,
        };
    }

    private PointsEvent? Skip(WebhookMessage message, string reason)
    {
        logger.LogWarning("Signed webhook {MessageId} earns no points: {Reason} (format: docs/points-events.md).", message.MessageId, reason);
        return null;
    }
}
