using System.Globalization;
using HrKit.Payroll.Localization;
using Microsoft.Extensions.Options;

namespace HrKit.Payroll.DependencyInjection;

/// <summary>
/// Checks <see cref="PayrollOptions"/> once at start-up and reports every problem in one message. As .NET's own
/// messages, the problems are in the language of <see cref="CultureInfo.CurrentUICulture"/> (<see cref="PayrollLocalizer.Current"/>).
/// </summary>
internal sealed class PayrollOptionsValidator : IValidateOptions<PayrollOptions>
{
    public ValidateOptionsResult Validate(string? name, PayrollOptions options)
    {
        var errors = new List<LocalText>();
        if (options.PolicyPath is { } policy && !File.Exists(policy))
        {
            errors.Add(new LocalText("Error.Options.PolicyPath", policy));
        }

        if (options.ContributionOverridesPath is { } table && !File.Exists(table))
        {
            errors.Add(new LocalText("Error.Options.ContributionOverridesPath", table));
        }

        if (options.MaxDegreeOfParallelism is < 1 or > 512)
        {
            errors.Add(new LocalText("Error.Options.MaxDegreeOfParallelism", options.MaxDegreeOfParallelism.ToString(CultureInfo.InvariantCulture)));
        }

        if (options.BatchSize is < 16 or > 1_048_576)
        {
            errors.Add(new LocalText("Error.Options.BatchSize", options.BatchSize.ToString(CultureInfo.InvariantCulture)));
        }

        if (options.OvertimeAlertShare is <= 0m or > 1m)
        {
            errors.Add(new LocalText("Error.Options.OvertimeAlertShare", options.OvertimeAlertShare.ToString(CultureInfo.InvariantCulture)));
        }

        var texts = PayrollLocalizer.Current;
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail([.. errors.Select(e => e.Render(texts))]);
    }
}
