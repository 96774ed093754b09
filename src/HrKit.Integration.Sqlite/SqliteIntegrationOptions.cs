namespace HrKit.Integration;

/// <summary>Settings for <c>services.AddHrKitIntegrationSqlite(options =&gt; …)</c>: one SQLite file per store; validated at start-up.</summary>
public sealed class SqliteIntegrationOptions
{
    /// <summary>The webhook inbox file (table <c>hrkit_webhook_inbox</c>); its folder must exist.</summary>
    /// <value>Defaults to <c>hrkit-webhook-inbox.db</c> in the working directory.</value>
    public string WebhookInboxPath { get; set; } = "hrkit-webhook-inbox.db";

    /// <summary>
    /// The file remembering which points redemptions were forwarded to the welfare provider (table
    /// <c>hrkit_forwarded_redemptions</c>); it may be the points ledger's file. A file path or a SQLite connection string.
    /// </summary>
    /// <value>Defaults to <c>hrkit-forwarded-redemptions.db</c> in the working directory.</value>
    public string ForwardedRedemptionLogPath { get; set; } = "hrkit-forwarded-redemptions.db";

    /// <summary>
    /// The ISV suite store file (tickets and permanent codes of <c>AddHrKitSuites</c>; tables <c>hrkit_suite_tickets</c>
    /// and <c>hrkit_suite_companies</c>). A file path or a SQLite connection string.
    /// </summary>
    /// <value>Defaults to <c>hrkit-suites.db</c> in the working directory.</value>
    public string SuiteStorePath { get; set; } = "hrkit-suites.db";
}
