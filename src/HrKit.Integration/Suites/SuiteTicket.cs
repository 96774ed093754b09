using NodaTime;

namespace HrKit.Integration.Suites;

/// <summary>
/// The suite ticket the vendor pushes to the suite's callback URL (WeCom every 10 minutes, valid 30 minutes; DingTalk
/// periodically). The suite access token is issued against the latest one.
/// </summary>
/// <param name="Vendor">The vendor that pushed it.</param>
/// <param name="SuiteId">The WeCom SuiteId or DingTalk SuiteKey it belongs to.</param>
/// <param name="Ticket">The ticket.</param>
/// <param name="ReceivedAt">When the vendor pushed it (the callback's own timestamp when it has one).</param>
public sealed record SuiteTicket(SuiteVendor Vendor, string SuiteId, string Ticket, Instant ReceivedAt)
{
    /// <inheritdoc />
    public override string ToString() => $"SuiteTicket {{ Vendor = {Vendor}, SuiteId = {SuiteId}, ReceivedAt = {ReceivedAt} }}";
}
