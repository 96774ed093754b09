namespace HrKit.Points.Ledger;

/// <summary>Settings for <c>services.AddHrKitPointsPostgreSql(options =&gt; …)</c>.</summary>
public sealed class PostgreSqlPointsLedgerOptions
{
    /// <summary>Npgsql connection string, e.g. <c>Host=db;Database=hrkit;Username=hrkit</c>. Required.</summary>
    public string? ConnectionString { get; set; }
}
