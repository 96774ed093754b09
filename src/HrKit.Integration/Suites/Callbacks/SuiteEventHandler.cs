using HrKit.Integration.Suites.Approvals;
using HrKit.Integration.Suites.DingTalk;
using HrKit.Integration.Suites.Directory;
using HrKit.Integration.Suites.Stores;
using HrKit.Integration.Suites.WeCom;
using HrKit.Integration.Webhooks;
using Microsoft.Extensions.Logging;

namespace HrKit.Integration.Suites.Callbacks;

/// <summary>
/// Acts on suite callbacks once they are in the inbox (the vendor already has its <c>success</c>): stores tickets,
/// exchanges auth codes for permanent codes, marks cancellations, applies contacts changes, reads changed approvals,
/// then tells the host's <see cref="ISuiteEventListener"/>s. A vendor failure throws, so the inbox retries the message.
/// </summary>
internal sealed class SuiteEventHandler(
    ISuiteStore store, WeComSuiteClient weCom, DingTalkSuiteClient dingTalk, RosterSync roster, ApprovalReader approvals,
    IEnumerable<ISuiteEventListener> listeners, ILogger<SuiteEventHandler> logger) : IWebhookHandler
{
    public const string WeComSource = "wecom-suite";
    public const string DingTalkSource = "dingtalk-suite";

    public async Task HandleAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        var (suite, parsed) = message.Source switch
        {
            WeComSource => ((SuiteClient)weCom, WeComSuiteEventParser.Parse(message.Payload, message.ReceivedAt)),
            DingTalkSource => (dingTalk, DingTalkSuiteEventParser.Parse(message.Payload, message.ReceivedAt)),
            _ => (null, null),
        };
        if (suite is null || parsed is null || parsed.Kind == SuiteEventKind.Ignored)
        {
            return;
        }

        if (parsed.SuiteId is { } suiteId && suiteId != suite.SuiteId)
        {
            logger.LogWarning("{Source} callback {Id} is for suite '{SuiteId}', not '{Configured}'; ignored.", message.Source, message.MessageId, suiteId, suite.SuiteId);
            return;
        }

        switch (parsed.Kind)
        {
            case SuiteEventKind.Ticket:
                await store.SaveTicketAsync(new SuiteTicket(suite.Vendor, suite.SuiteId, parsed.Value!, parsed.At), cancellationToken).ConfigureAwait(false);
                break;
            case SuiteEventKind.Authorised:
                var company = await suite.AuthoriseAsync(parsed.Value!, cancellationToken).ConfigureAwait(false);
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("{Company} authorised the suite app.", company.Company);
                }

                await NotifyAsync(l => l.OnAuthorisedAsync(company, cancellationToken)).ConfigureAwait(false);
                break;
            case SuiteEventKind.AuthorisationChanged:
                await NotifyAsync(l => l.OnAuthorisationChangedAsync(parsed.Company!, cancellationToken)).ConfigureAwait(false);
                break;
            case SuiteEventKind.Cancelled:
                await suite.CancelAsync(parsed.Company!, parsed.At, cancellationToken).ConfigureAwait(false);
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("{Company} cancelled its authorisation of the suite app.", parsed.Company);
                }

                await NotifyAsync(l => l.OnCancelledAsync(parsed.Company!, cancellationToken)).ConfigureAwait(false);
                break;
            case SuiteEventKind.DirectoryChanged:
                var result = await roster.ApplyAsync(parsed.Change!, cancellationToken).ConfigureAwait(false);
                await NotifyAsync(l => l.OnRosterChangedAsync(result, cancellationToken)).ConfigureAwait(false);
                break;
            case SuiteEventKind.ApprovalChanged:
                var item = await approvals.ReadOneAsync(parsed.Company!, parsed.Value!, cancellationToken).ConfigureAwait(false);
                await NotifyAsync(l => l.OnApprovalChangedAsync(parsed.Company!, item, cancellationToken)).ConfigureAwait(false);
                break;
        }
    }

    private async Task NotifyAsync(Func<ISuiteEventListener, Task> notify)
    {
        foreach (var listener in listeners)
        {
            await notify(listener).ConfigureAwait(false);
        }
    }
}
