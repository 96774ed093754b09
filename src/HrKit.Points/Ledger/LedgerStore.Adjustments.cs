using HrKit.Points.Localization;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Manual adjustments: a reason on every one, metadata if the host has any, recorded once per request id.</summary>
internal sealed partial class LedgerStore
{
    public async Task<Posting> AdjustAsync(PointsAdjustment adjustment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        RequireId(adjustment.RequestId, "RequestId");
        RequireId(adjustment.EmployeeId, "EmployeeId");
        RequireId(adjustment.Category, "Category");
        RequireReason(adjustment.Reason, "Reason");
        ValidateMetadata(adjustment);
        if (adjustment.Points == 0 || !PointsBounds.IsPostingAmount(adjustment.Points))
        {
            throw new PointsInputException(PointsText.Of("Input.AdjustmentPoints", adjustment.RequestId, PointsBounds.MaxPointsPerPosting), new HrKitErrorTarget(Record: adjustment.RequestId, Field: "points"));
        }

        var now = clock.GetCurrentInstant();
        var occurred = adjustment.OccurredAt ?? now;
        if (!PointsBounds.EventTimes.Contains(occurred))
        {
            throw new PointsInputException(PointsText.Of("Input.AdjustmentTime", adjustment.RequestId, occurred, PointsBounds.EventTimes), new HrKitErrorTarget(Record: adjustment.RequestId, Field: "occurredAt"));
        }

        var key = LedgerKeys.Adjustment(adjustment.RequestId);
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        await s.LockAccountsAsync([adjustment.EmployeeId], cancellationToken).ConfigureAwait(false);
        if (await s.FindByKeyAsync(key, cancellationToken).ConfigureAwait(false) is { } done)
        {
            return done;
        }

        var balance = (await AccountSettlement.SettleAsync(s, adjustment.EmployeeId, adjustment.Category, now, cancellationToken).ConfigureAwait(false)).Balance;
        if (adjustment.Points < 0 && balance < -adjustment.Points)
        {
            throw new PointsLedgerException(PointsLedgerError.InsufficientPoints, PointsText.Of("Ledger.AdjustmentInsufficient", adjustment.RequestId, -adjustment.Points, adjustment.Category, adjustment.EmployeeId, balance), new HrKitErrorTarget(Record: adjustment.RequestId, Field: "points"));
        }

        if (PointsSum.Add(balance, adjustment.Points) > PointsBounds.MaxBalance)
        {
            throw new PointsLedgerException(PointsLedgerError.BalanceLimitExceeded, PointsText.Of("Ledger.AdjustmentPastMaxBalance", adjustment.RequestId, adjustment.EmployeeId, PointsBounds.MaxBalance, adjustment.Category), new HrKitErrorTarget(Record: adjustment.RequestId, Field: "points"));
        }

        var posting = await s.InsertAsync(
            new Posting(0, key, key, adjustment.EmployeeId, adjustment.Category, adjustment.Points, PostingKind.Adjustment, occurred, now)
            {
                Reason = adjustment.Reason,
                Metadata = adjustment.Metadata is null ? null : new Dictionary<string, string>(adjustment.Metadata, StringComparer.Ordinal),
                ExpiresAt = adjustment.Points > 0 ? now + expireAfter : null,
            },
            cancellationToken).ConfigureAwait(false);
        await s.CommitAsync(cancellationToken).ConfigureAwait(false);
        return posting;
    }

    private static void RequireReason(string? reason, string name)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > PointsAdjustment.MaxReasonLength)
        {
            throw new PointsInputException(PointsText.Of("Input.AdjustmentReason", name, PointsAdjustment.MaxReasonLength), new HrKitErrorTarget(Field: name));
        }
    }

    private static void ValidateMetadata(PointsAdjustment adjustment)
    {
        if (adjustment.Metadata is not { } metadata)
        {
            return;
        }

        if (metadata.Count > PointsAdjustment.MaxMetadataEntries || metadata.Any(m => string.IsNullOrEmpty(m.Key) || m.Key.Length > 64 || m.Value is null || m.Value.Length > 1024))
        {
            throw new PointsInputException(PointsText.Of("Input.AdjustmentMetadata", adjustment.RequestId, PointsAdjustment.MaxMetadataEntries), new HrKitErrorTarget(Record: adjustment.RequestId, Field: "metadata"));
        }
    }
}
