using HrKit.Configuration;
using System.Globalization;
using HrKit.Integration.Localization;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HrKit.Integration.PostgreSql;

/// <summary>Start-up check for <see cref="PostgreSqlIntegrationOptions"/>; the failure says what to set, in the language of <see cref="CultureInfo.CurrentUICulture"/>.</summary>
internal sealed class PostgreSqlIntegrationOptionsValidator : IValidateOptions<PostgreSqlIntegrationOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgreSqlIntegrationOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return LocalisedOptionsResult.Fail(IntegrationText.Of("Options.PostgreSqlConnectionStringRequired"));
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            // Npgsql's message names the bad keyword; never echo the string itself, it may hold a password.
            return LocalisedOptionsResult.Fail(IntegrationText.Of("Options.PostgreSqlConnectionStringInvalid", ex.Message));
        }
    }
}
