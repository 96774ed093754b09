using HrKit.Configuration;
using System.Globalization;
using HrKit.Integration.Localization;
using HrKit.Localization;
using Microsoft.Extensions.Options;

namespace HrKit.Integration.Sqlite;

/// <summary>Start-up check for <see cref="SqliteIntegrationOptions"/>; every failure says what to set, in the language of <see cref="CultureInfo.CurrentUICulture"/>.</summary>
internal sealed class SqliteIntegrationOptionsValidator : IValidateOptions<SqliteIntegrationOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteIntegrationOptions options)
    {
        var errors = new List<LocalMessage>();
        Check(errors, nameof(options.WebhookInboxPath), options.WebhookInboxPath, "hrkit-webhook-inbox.db");
        Check(errors, nameof(options.ForwardedRedemptionLogPath), options.ForwardedRedemptionLogPath, "hrkit-forwarded-redemptions.db");
        Check(errors, nameof(options.SuiteStorePath), options.SuiteStorePath, "hrkit-suites.db");
        return LocalisedOptionsResult.Of(errors);
    }

    private static void Check(List<LocalMessage> errors, string property, string? path, string example)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            errors.Add(IntegrationText.Of("Options.SqlitePathRequired", property, example));
        }
        else if (!path.Contains('=', StringComparison.Ordinal)
                 && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
        {
            // A plain path, not a connection string: SQLite creates the file but not its folder.
            errors.Add(IntegrationText.Of("Options.SqliteFolderMissing", property, path, folder));
        }
    }
}
