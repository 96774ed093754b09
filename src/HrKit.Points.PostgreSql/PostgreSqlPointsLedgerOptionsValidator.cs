using Microsoft.Extensions.Options;

namespace HrKit.Points.Ledger;

/// <summary>Start-up check for <see cref="PostgreSqlPointsLedgerOptions"/>; the failure says what to set.</summary>
internal sealed class PostgreSqlPointsLedgerOptionsValidator : IValidateOptions<PostgreSqlPointsLedgerOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgreSqlPointsLedgerOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ValidateOptionsResult.Fail("PostgreSqlPointsLedgerOptions.ConnectionString: required, e.g. \"Host=db;Database=hrkit;Username=hrkit\".")
            : TenantCheck.Validate("PostgreSqlPointsLedgerOptions", options.TenantId);
}
