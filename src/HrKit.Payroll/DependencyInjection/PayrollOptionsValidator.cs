using System.Globalization;
using Microsoft.Extensions.Options;

namespace HrKit.Payroll.DependencyInjection;

/// <summary>Checks <see cref="PayrollOptions"/> once at start-up and reports every problem in one message.</summary>
internal sealed class PayrollOptionsValidator : IValidateOptions<PayrollOptions>
{
    public ValidateOptionsResult Validate(string? name, PayrollOptions options)
    {
        var failures = new List<string>();
        if (options.PolicyPath is { } policy && !File.Exists(policy))
        {
            failures.Add($"PayrollOptions.PolicyPath '{policy}' does not exist; point it at a pay policy JSON file, or leave it null for the built-in China standard policy.");
        }

        if (options.ContributionOverridesPath is { } table && !File.Exists(table))
        {
            failures.Add($"PayrollOptions.ContributionOverridesPath '{table}' does not exist; point it at a contribution table JSON file, or leave it null.");
        }

        if (options.MaxDegreeOfParallelism is < 1 or > 512)
        {
            failures.Add($"PayrollOptions.MaxDegreeOfParallelism is {options.MaxDegreeOfParallelism.ToString(CultureInfo.InvariantCulture)}; use 1 to 512 (default: the processor count).");
        }

        if (options.BatchSize is < 16 or > 1_048_576)
        {
            failures.Add($"PayrollOptions.BatchSize is {options.BatchSize.ToString(CultureInfo.InvariantCulture)}; use 16 to 1 048 576 (default 4 096).");
        }

        if (options.OvertimeAlertShare is <= 0m or > 1m)
        {
            failures.Add($"PayrollOptions.OvertimeAlertShare is {options.OvertimeAlertShare.ToString(CultureInfo.InvariantCulture)}; use a fraction above 0 and at most 1 (0.20 = 20 %).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
