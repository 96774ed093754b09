namespace HrKit.Points.Ledger;

/// <summary>
/// The idempotency keys (and source ids) the ledger writes for its own postings. A request may not use them: a
/// request keyed <c>expire:5</c> would otherwise be taken for lot 5's expiry and skipped without a word, or stop that
/// expiry from ever being written.
/// </summary>
internal static class LedgerKeys
{
    public const string Expiry = "expire:";
    public const string Redemption = "redeem:";
    public const string Reversal = "reverse:";
    public const string Adjustment = "adjust:";

    /// <summary>Whether <paramref name="id"/> begins like a key the ledger writes itself.</summary>
    public static bool IsReserved(string id) =>
        id.StartsWith(Expiry, StringComparison.Ordinal) || id.StartsWith(Redemption, StringComparison.Ordinal)
        || id.StartsWith(Reversal, StringComparison.Ordinal) || id.StartsWith(Adjustment, StringComparison.Ordinal);

    public static string For(string prefix, long postingId) => prefix + postingId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
