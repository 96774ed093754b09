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
        var bonus = Amounts("--bonus", "Annual bonuses to check, comma-separated (37000,150000): tax, net, and whether a smaller bonus nets more.");
        var net = Amounts("--net", "Target after-tax bonuses, comma-separated: the smallest bonus that nets exactly each.");
        var command = new Command("bonus-check",
            "Check annual one-time bonuses (全年一次性奖金, taxed separately) against the dead zones where a larger bonus nets less; exit 1 if one falls in a zone. Without options, list the zones.")
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
                await console.Out.WriteLineAsync(Text($"net {target:0.00}: smallest bonus {found.Gross:0.00} (tax {found.Tax:0.00})")).ConfigureAwait(false);
            }

            if (inZone > 0)
            {
                await console.Error.WriteLineAsync(Text($"{inZone} of {bonuses.Count} bonuses fall in a dead zone: pay the zone's lower boundary instead (docs/payroll-china.md, \"Annual bonus dead zones\").")).ConfigureAwait(false);
                return CliApp.InvalidInput;
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static async Task ListZonesAsync(TextWriter output)
    {
        await output.WriteLineAsync("Annual bonus dead zones (a bonus in the range nets less than the boundary bonus):").ConfigureAwait(false);
        foreach (var zone in AnnualBonusDeadZones.All)
        {
            await output.WriteLineAsync(Text($"  {zone.From,14:0.00} – {zone.To,14:0.00}   boundary {zone.Boundary,12:0.00} nets {zone.NetAtBoundary,12:0.00}")).ConfigureAwait(false);
        }
    }

    private static async Task<bool> CheckAsync(TextWriter output, decimal amount)
    {
        var (tax, _) = AnnualBonusTax.Calculate(amount);
        var net = amount - tax;
        var line = Text($"bonus {amount:0.00}: tax {tax:0.00}, net {net:0.00}");
        if (AnnualBonusDeadZones.Find(amount) is not { } zone)
        {
            await output.WriteLineAsync(line + ": OK").ConfigureAwait(false);
            return false;
        }

        await output.WriteLineAsync(line + Text(
            $": DEAD ZONE {zone.From:0.00}–{zone.To:0.00}; a bonus of {zone.Boundary:0.00} nets {zone.NetAtBoundary:0.00} ({zone.NetAtBoundary - net:0.00} more for {amount - zone.Boundary:0.00} less)")).ConfigureAwait(false);
        return true;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

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
                result.AddError($"{name}: '{text}' is not an amount in yuan between 0 and {PayrollLimits.MaxAmount:0} with at most two decimals, such as 36000 or 38566.67.");
                return [];
            }

            amounts.Add(amount);
        }

        return amounts;
    }
}
