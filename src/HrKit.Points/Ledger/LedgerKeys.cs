using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace HrKit.Points.Ledger;

/// <summary>
/// The idempotency keys (and source ids) the ledger writes for its own postings, built and read only here. A request
/// may not use them: a request keyed <c>expire:5</c> would otherwise be taken for lot 5's expiry and skipped without a
/// word, or stop that expiry from ever being written.
/// </summary>
internal static class LedgerKeys
{
    private const string ExpiryPrefix = "expire:";
    private const string RedemptionPrefix = "redeem:";
    private const string ReversalPrefix = "reverse:";
    private const string AdjustmentPrefix = "adjust:";

    /// <summary>Whether <paramref name="id"/> begins like a key the ledger writes itself.</summary>
    public static bool IsReserved(string id) =>
        id.StartsWith(ExpiryPrefix, StringComparison.Ordinal) || id.StartsWith(RedemptionPrefix, StringComparison.Ordinal)
        || id.StartsWith(ReversalPrefix, StringComparison.Ordinal) || id.StartsWith(AdjustmentPrefix, StringComparison.Ordinal);

    /// <summary>The key of the posting that expires lot <paramref name="lotId"/>.</summary>
    public static string Expiry(long lotId) => ExpiryPrefix + lotId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key of the posting that reverses posting <paramref name="postingId"/>.</summary>
    public static string Reversal(long postingId) => ReversalPrefix + postingId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key of the redemption made for <paramref name="requestId"/> (at once or by a hold).</summary>
    public static string Redemption(string requestId) => RedemptionPrefix + requestId;

    /// <summary>The key of the manual adjustment made for <paramref name="requestId"/>.</summary>
    public static string Adjustment(string requestId) => AdjustmentPrefix + requestId;

    /// <summary>The request id a redemption's key was built from, if <paramref name="key"/> is one.</summary>
    public static bool TryGetRedemptionRequestId(string key, [NotNullWhen(true)] out string? requestId)
    {
        requestId = key.StartsWith(RedemptionPrefix, StringComparison.Ordinal) ? key[RedemptionPrefix.Length..] : null;
        return requestId is not null;
    }
}
