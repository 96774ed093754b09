using NodaTime;

namespace HrKit.Integration;

/// <summary>Settings of <c>AddHrKitIntegration</c>; validated at start-up.</summary>
public sealed class IntegrationOptions
{
    /// <summary>The configuration section these options are read from by <c>AddHrKit…(IConfiguration)</c>: <c>HrKit:Integration</c>.</summary>
    public const string SectionName = "HrKit:Integration";

    /// <summary>IANA zone of the workplace; local dates and work days are taken in it.</summary>
    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    /// <summary>Refresh an access token this long before the vendor says it expires.</summary>
    public Duration TokenRefreshMargin { get; set; } = Duration.FromMinutes(5);

    /// <summary>How far in the future a check-in may lie (device clocks drift) before it is rejected.</summary>
    public Duration AllowedClockSkew { get; set; } = Duration.FromMinutes(5);

    /// <summary>Statutory holidays for the default work calendar (ignored when the host registers its own <c>IWorkCalendar</c>).</summary>
    public IList<LocalDate> StatutoryHolidays { get; } = [];

    /// <summary>Weekend days that are working days under the holiday arrangement (调休), for the default calendar.</summary>
    public IList<LocalDate> MakeUpWorkdays { get; } = [];

    /// <summary>Weekdays that are rest days under the holiday arrangement but not statutory holidays (调休), for the default calendar.</summary>
    public IList<LocalDate> ShiftedRestDays { get; } = [];

    /// <summary>Whether a scheduled work day without any check-in counts as an unpaid leave day.</summary>
    public bool AbsenceIsUnpaidLeave { get; set; } = true;

    /// <summary>WeCom adapter settings.</summary>
    public WeComOptions WeCom { get; } = new();

    /// <summary>DingTalk adapter settings.</summary>
    public DingTalkOptions DingTalk { get; } = new();

    /// <summary>Generic signed webhook settings.</summary>
    public SignedWebhookOptions SignedWebhook { get; } = new();

    /// <summary>Welfare provider settings.</summary>
    public WelfareOptions Welfare { get; } = new();

    /// <summary>HTTP retry, timeout and rate-limit settings.</summary>
    public HttpResilienceSettings Http { get; } = new();

    /// <summary>Body size and timestamp limits of the webhook receivers.</summary>
    public WebhookLimits Webhooks { get; } = new();

    /// <summary>The durable inbox acknowledged webhook messages wait in.</summary>
    public WebhookInboxOptions WebhookInbox { get; } = new();

    /// <summary>
    /// Webhook messages waiting to be processed (default 1000); when that many are pending, deliveries are refused
    /// with 503 so the sender retries later.
    /// </summary>
    public int WebhookQueueCapacity { get; set; } = 1000;

    /// <summary>
    /// How long a processed message id is kept in the inbox for de-duplication (default 24 hours; vendors retry for
    /// minutes, not days). It must be at least every receiver's timestamp tolerance.
    /// </summary>
    public Duration DeduplicationWindow { get; set; } = Duration.FromHours(24);
}
