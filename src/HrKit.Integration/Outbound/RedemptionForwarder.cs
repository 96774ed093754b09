using Microsoft.Extensions.Logging;
using NodaTime;

namespace HrKit.Integration.Outbound;

/// <summary>
/// Forwards pending redemptions to the welfare provider, each exactly once from the host's point of view: a redemption
/// is marked forwarded only after the provider confirmed it (2xx), and a crash between the confirmation and the mark
/// only means it is sent again with the same idempotency key, which the provider answers as already processed.
/// Call <see cref="ForwardAsync"/> on a schedule or after each redemption; runs that overlap are safe for the same
/// reason, merely wasteful. A redemption cancelled in the ledger after it was forwarded (reversed, or its hold voided or
/// expired) is cancelled at the provider in the same run, when the adapter can cancel.
/// </summary>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class RedemptionForwarder(
    IRedemptionOutbox outbox, IOutboundAdapter<WelfareRedemption> adapter, IClock clock, ILogger<RedemptionForwarder> logger, IOutboundAdapter<WelfareCancellation>? canceller = null)
{
    /// <summary>For mocking only: a forwarder with no outbox or adapter, whose members a test double must override.</summary>
    protected RedemptionForwarder()
        : this(null!, null!, null!, null!)
    {
    }

    /// <summary>Sends every pending redemption once; refused ones stay pending and are listed in the report.</summary>
    /// <exception cref="InvalidOperationException">The provider is not configured.</exception>
    public virtual async Task<ForwardingReport> ForwardAsync(CancellationToken cancellationToken = default)
    {
        if (!adapter.IsConfigured)
        {
            throw new InvalidOperationException(
                $"Cannot forward redemptions: the {adapter.Name} adapter is not configured (set Welfare.BaseAddress and Welfare.ApiKey in AddHrKitIntegration).");
        }

        var started = clock.GetCurrentInstant();
        var pending = await outbox.GetPendingAsync(cancellationToken).ConfigureAwait(false);
        var sent = 0;
        var already = 0;
        var notAttempted = 0;
        var failed = new List<ForwardingFailure>();
        for (var i = 0; i < pending.Count; i++)
        {
            var redemption = pending[i];
            OutboundDelivery delivery;
            try
            {
                delivery = await adapter.SendAsync(redemption, cancellationToken).ConfigureAwait(false);
            }
            catch (OutboundDeliveryException ex)
            {
                failed.Add(new ForwardingFailure(redemption.RedemptionId, ex.StatusCode, ex.ReceiverErrorCode, ex.Message, ex.IsTransient));
                if (ex.IsTransient)
                {
                    // The provider is down or overloaded after the client's own retries; the rest would only queue up
                    // behind it. They stay pending for the next run.
                    notAttempted = pending.Count - i - 1;
                    break;
                }

                continue;
            }

            await outbox.MarkForwardedAsync(redemption, delivery, cancellationToken).ConfigureAwait(false);
            if (delivery.Outcome == OutboundOutcome.AlreadyProcessed)
            {
                already++;
            }
            else
            {
                sent++;
            }
        }

        var cancelled = notAttempted == 0 && canceller is not null ? await CancelAsync(canceller, failed, cancellationToken).ConfigureAwait(false) : 0;
        var report = new ForwardingReport
        {
            Cancelled = cancelled,
            Receiver = adapter.Name,
            StartedAt = started,
            FinishedAt = clock.GetCurrentInstant(),
            Pending = pending.Count,
            Sent = sent,
            AlreadyProcessed = already,
            Failed = failed,
            NotAttempted = notAttempted,
        };
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Forwarded redemptions to {Receiver}: {Pending} pending, {Sent} sent, {AlreadyProcessed} already processed, {Failed} failed, {NotAttempted} not attempted.",
                report.Receiver, report.Pending, report.Sent, report.AlreadyProcessed, failed.Count, notAttempted);
        }

        return report;
    }

    // Cancels at the provider what the ledger cancelled after forwarding; failures are listed and retried next run.
    private async Task<int> CancelAsync(IOutboundAdapter<WelfareCancellation> cancelAdapter, List<ForwardingFailure> failed, CancellationToken cancellationToken)
    {
        var cancelled = 0;
        foreach (var cancellation in await outbox.GetCancellationsAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var delivery = await cancelAdapter.SendAsync(cancellation, cancellationToken).ConfigureAwait(false);
                await outbox.MarkCancelledAsync(cancellation, delivery, cancellationToken).ConfigureAwait(false);
                cancelled++;
            }
            catch (OutboundDeliveryException ex)
            {
                failed.Add(new ForwardingFailure(cancellation.RedemptionId, ex.StatusCode, ex.ReceiverErrorCode, ex.Message, ex.IsTransient));
                if (ex.IsTransient)
                {
                    break;
                }
            }
        }

        return cancelled;
    }
}
