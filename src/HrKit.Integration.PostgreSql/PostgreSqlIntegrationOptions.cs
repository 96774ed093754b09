namespace HrKit.Integration;

/// <summary>Settings for <c>services.AddHrKitIntegrationPostgreSql(options =&gt; …)</c>; validated at start-up.</summary>
public sealed class PostgreSqlIntegrationOptions
{
    /// <summary>The Npgsql connection string of the database holding the webhook inbox (table <c>hrkit_webhook_inbox</c>). Required.</summary>
    public string? ConnectionString { get; set; }
}
