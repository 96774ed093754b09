using Microsoft.Extensions.Options;
using Npgsql;

namespace HrKit.Integration.PostgreSql;

/// <summary>Start-up check for <see cref="PostgreSqlIntegrationOptions"/>; the failure says what to set.</summary>
internal sealed class PostgreSqlIntegrationOptionsValidator : IValidateOptions<PostgreSqlIntegrationOptions>
{
    private const string Example = "\"Host=db;Database=hrkit;Username=hrkit\"";

    public ValidateOptionsResult Validate(string? name, PostgreSqlIntegrationOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"PostgreSqlIntegrationOptions.ConnectionString: required, e.g. {Example}.");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            // Npgsql's message names the bad keyword; never echo the string itself, it may hold a password.
            return ValidateOptionsResult.Fail($"PostgreSqlIntegrationOptions.ConnectionString is not an Npgsql connection string ({ex.Message}); use e.g. {Example}.");
        }
    }
}
