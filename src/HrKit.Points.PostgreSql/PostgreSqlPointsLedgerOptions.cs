namespace HrKit.Points.Ledger;

/// <summary>Settings for <c>services.AddHrKitPointsPostgreSql(options =&gt; …)</c>.</summary>
public sealed class PostgreSqlPointsLedgerOptions
{
    /// <summary>Npgsql connection string, e.g. <c>Host=db;Database=hrkit;Username=hrkit</c>. Required.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The tenant (company) the registered store reads and writes.</summary>
    /// <value>Defaults to <see cref="LedgerTenant.Default"/>.</value>
    public string TenantId { get; set; } = LedgerTenant.Default;
}
