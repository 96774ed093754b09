using HrKit.Configuration;
using System.Globalization;
using HrKit.Points.Localization;
using Microsoft.Extensions.Options;

namespace HrKit.Points.Ledger;

/// <summary>Start-up check for <see cref="PostgreSqlPointsLedgerOptions"/>; the failure says what to set, in the language of <see cref="CultureInfo.CurrentUICulture"/>.</summary>
internal sealed class PostgreSqlPointsLedgerOptionsValidator : IValidateOptions<PostgreSqlPointsLedgerOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgreSqlPointsLedgerOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? LocalisedOptionsResult.Fail(PointsText.Of("Options.PostgreSqlConnectionString"))
            : TenantCheck.Validate("PostgreSqlPointsLedgerOptions", options.TenantId);
}
