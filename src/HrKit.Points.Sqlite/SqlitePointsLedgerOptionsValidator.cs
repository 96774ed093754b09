using Microsoft.Extensions.Options;

namespace HrKit.Points.Ledger;

/// <summary>Start-up check for <see cref="SqlitePointsLedgerOptions"/>; the failure says what to set.</summary>
internal sealed class SqlitePointsLedgerOptionsValidator : IValidateOptions<SqlitePointsLedgerOptions>
{
    public ValidateOptionsResult Validate(string? name, SqlitePointsLedgerOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ValidateOptionsResult.Fail("SqlitePointsLedgerOptions.ConnectionString: must name a file, e.g. \"hrkit-points.db\".")
            : TenantCheck.Validate("SqlitePointsLedgerOptions", options.TenantId);
}
