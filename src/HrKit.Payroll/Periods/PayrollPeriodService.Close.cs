using HrKit.Payroll.Localization;
using NodaTime;

namespace HrKit.Payroll.Periods;

public sealed partial class PayrollPeriodService
{
    /// <summary>Locks a month: from now on it changes only through retro, or after <see cref="ReopenAsync"/>.</summary>
    /// <exception cref="PayrollPeriodException">
    /// The month is already closed, holds no payslips, or an earlier month of the tax year with payslips is still open
    /// (close months in order).
    /// </exception>
    public async Task CloseAsync(string companyId, YearMonth month, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var tx = await _store.BeginAsync(companyId, cancellationToken).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            if (await tx.GetStatusAsync(month, cancellationToken).ConfigureAwait(false) == PeriodStatus.Closed)
            {
                throw new PayrollPeriodException(companyId, month, null, new LocalText("Error.Period.AlreadyClosed"));
            }

            if (await tx.CountAsync(month, StoredPayslipKind.Paid, cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new PayrollPeriodException(companyId, month, null, new LocalText("Error.Period.CloseEmpty", Iso(month)));
            }

            foreach (var earlier in await tx.MonthsWithPayslipsAsync(new YearMonth(month.Year, 1), month.PlusMonths(-1), cancellationToken).ConfigureAwait(false))
            {
                if (await tx.GetStatusAsync(earlier, cancellationToken).ConfigureAwait(false) == PeriodStatus.Open)
                {
                    throw new PayrollPeriodException(companyId, month, null, new LocalText("Error.Period.CloseInOrder", Iso(earlier)));
                }
            }

            await tx.SetStatusAsync(month, PeriodStatus.Closed, cancellationToken).ConfigureAwait(false);
            var closed = new PeriodEvent(companyId, month, PeriodAction.Closed, actor, _clock.GetCurrentInstant(), "closed");
            await tx.AddEventAsync(closed, cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            await AuditAsync([closed], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Opens a closed month again so it can be re-run; who, when and why are recorded. Only the latest paid month can be
    /// reopened: a later month's year-to-date depends on it (correct it through retro instead).
    /// </summary>
    /// <exception cref="PayrollPeriodException">
    /// The month is not closed, the reason is empty, a later month holds payslips, or the month was recalculated by a
    /// retro (correct it through retro again).
    /// </exception>
    public async Task ReopenAsync(string companyId, YearMonth month, string actor, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new PayrollPeriodException(companyId, month, null, new LocalText("Error.Period.ReopenReason"));
        }

        var tx = await _store.BeginAsync(companyId, cancellationToken).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            if (await tx.GetStatusAsync(month, cancellationToken).ConfigureAwait(false) != PeriodStatus.Closed)
            {
                throw new PayrollPeriodException(companyId, month, null, new LocalText("Error.Period.NotClosed"));
            }

            var later = await tx.MonthsWithPayslipsAsync(month.PlusMonths(1), MaxMonth, cancellationToken).ConfigureAwait(false);
            if (later.Count > 0)
            {
                throw new PayrollPeriodException(companyId, month, null,
                    new LocalText("Error.Period.ReopenLaterPaid", Iso(later[0]), Iso(month)));
            }

            if (await tx.CountAsync(month, StoredPayslipKind.Recalculated, cancellationToken).ConfigureAwait(false) > 0)
            {
                throw new PayrollPeriodException(companyId, month, null, new LocalText("Error.Period.ReopenRetroSettled"));
            }

            await tx.SetStatusAsync(month, PeriodStatus.Open, cancellationToken).ConfigureAwait(false);
            var reopened = new PeriodEvent(companyId, month, PeriodAction.Reopened, actor, _clock.GetCurrentInstant(), reason.Trim());
            await tx.AddEventAsync(reopened, cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            await AuditAsync([reopened], cancellationToken).ConfigureAwait(false);
        }
    }
}
