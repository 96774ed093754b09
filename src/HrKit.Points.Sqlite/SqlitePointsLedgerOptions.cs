namespace HrKit.Points.Ledger;

/// <summary>Settings for <c>services.AddHrKitPointsSqlite(options =&gt; …)</c>.</summary>
public sealed class SqlitePointsLedgerOptions
{
    /// <summary>SQLite file path or connection string.</summary>
    /// <value>Defaults to <c>hrkit-points.db</c> in the working directory.</value>
    public string ConnectionString { get; set; } = "hrkit-points.db";

    /// <summary>The tenant (company) the registered store reads and writes.</summary>
    /// <value>Defaults to <see cref="LedgerTenant.Default"/>.</value>
    public string TenantId { get; set; } = LedgerTenant.Default;
}
