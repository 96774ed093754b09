using HrKit.Configuration;
using System.Globalization;
using HrKit.Points.Localization;
using Microsoft.Extensions.Options;

namespace HrKit.Points.Ledger;

/// <summary>Start-up check for <see cref="SqlitePointsLedgerOptions"/>; the failure says what to set, in the language of <see cref="CultureInfo.CurrentUICulture"/>.</summary>
internal sealed class SqlitePointsLedgerOptionsValidator : IValidateOptions<SqlitePointsLedgerOptions>
{
    public ValidateOptionsResult Validate(string? name, SqlitePointsLedgerOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? LocalisedOptionsResult.Fail(PointsText.Of("Options.SqliteConnectionString"))
            : TenantCheck.Validate("SqlitePointsLedgerOptions", options.TenantId);
}
