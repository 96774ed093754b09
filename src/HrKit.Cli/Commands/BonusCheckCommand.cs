using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using HrKit.Payroll;
using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit payroll bonus-check</c>: the separately taxed annual bonus's dead zones (a larger bonus that nets less),
/// whether given bonuses fall in one (exit 1 if any does), and the smallest bonus for a target after-tax amount.
/// </summary>
internal static class BonusCheckCommand
{
    public static Command Create(CliConsole console)
    {
        var bonus = Amounts("--bonus", CliStrings.Get("Help.Bonus.Bonus"));
        var net = Amounts("--net", CliStrings.Get("Help.Bonus.Net"));
        var command = new Command("bonus-check", CliStrings.Get("Help.Bonus"))
        {
            bonus, net,
        };
        command.SetAction(async parse =>
        {
            var bonuses = parse.GetValue(bonus) ?? [];
            var targets = parse.GetValue(net) ?? [];
            if (bonuses.Count == 0 && targets.Count == 0)
            {
                await ListZonesAsync(console.Out).ConfigureAwait(false);
                return CliApp.Ok;
            }

            var inZone = 0;
            foreach (var amount in bonuses)
            {
                inZone += await CheckAsync(console.Out, amount).ConfigureAwait(false) ? 1 : 0;
            }

            foreach (var target in targets)
            {
                var found = NetToGross.AnnualBonus(target);
                await console.Out.WriteLineAsync(CliStrings.Format("Bonus.Net", target, found.Gross, found.Tax)).ConfigureAwait(false);
            }

            if (inZone > 0)
            {
                await console.Error.WriteLineAsync(CliStrings.Format("Bonus.InZone", inZone, bonuses.Count)).ConfigureAwait(false);
                return CliApp.InvalidInput;
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static async Task ListZonesAsync(TextWriter output)
    {
        await output.WriteLineAsync(CliStrings.Get("Bonus.Zones")).ConfigureAwait(false);
        foreach (var zone in AnnualBonusDeadZones.All)
        {
            await output.WriteLineAsync(CliStrings.Format("Bonus.Zone", zone.From, zone.To, zone.Boundary, zone.NetAtBoundary)).ConfigureAwait(false);
        }
    }

    private static async Task<bool> CheckAsync(TextWriter output, decimal amount)
    {
        var (tax, _) = AnnualBonusTax.Calculate(amount);
        var net = amount - tax;
        var line = CliStrings.Format("Bonus.Line", amount, tax, net);
        if (AnnualBonusDeadZones.Find(amount) is not { } zone)
        {
            await output.WriteLineAsync(line + CliStrings.Get("Bonus.Ok")).ConfigureAwait(false);
            return false;
        }

        await output.WriteLineAsync(line + CliStrings.Format("Bonus.DeadZone", zone.From, zone.To, zone.Boundary, zone.NetAtBoundary, zone.NetAtBoundary - net, amount - zone.Boundary)).ConfigureAwait(false);
        return true;
    }

    private static Option<IReadOnlyList<decimal>> Amounts(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YUAN,YUAN",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = result => ParseAmounts(result, name),
    };

    private static List<decimal> ParseAmounts(ArgumentResult result, string name)
    {
        var amounts = new List<decimal>();
        foreach (var text in string.Join(',', result.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                || amount < 0m || amount > PayrollLimits.MaxAmount || decimal.Round(amount, 2) != amount)
            {
                result.AddError(CliStrings.Format("Usage.Bonus.Amount", name, text, PayrollLimits.MaxAmount));
                return [];
            }

            amounts.Add(amount);
        }

        return amounts;
    }
}
