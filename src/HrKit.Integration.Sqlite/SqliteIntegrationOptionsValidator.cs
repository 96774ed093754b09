using Microsoft.Extensions.Options;

namespace HrKit.Integration.Sqlite;

/// <summary>Start-up check for <see cref="SqliteIntegrationOptions"/>; every failure says what to set.</summary>
internal sealed class SqliteIntegrationOptionsValidator : IValidateOptions<SqliteIntegrationOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteIntegrationOptions options)
    {
        var errors = new List<string>();
        Check(errors, nameof(options.WebhookInboxPath), options.WebhookInboxPath, "hrkit-webhook-inbox.db");
        Check(errors, nameof(options.ForwardedRedemptionLogPath), options.ForwardedRedemptionLogPath, "hrkit-forwarded-redemptions.db");
        Check(errors, nameof(options.SuiteStorePath), options.SuiteStorePath, "hrkit-suites.db");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, string property, string? path, string example)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            errors.Add($"SqliteIntegrationOptions.{property}: must name a file, e.g. \"{example}\".");
        }
        else if (!path.Contains('=', StringComparison.Ordinal)
                 && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
        {
            // A plain path, not a connection string: SQLite creates the file but not its folder.
            errors.Add($"SqliteIntegrationOptions.{property} '{path}': the folder '{folder}' does not exist; create it or choose another path.");
        }
    }
}
