using System.Collections.Immutable;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// The ranges where a larger separately taxed annual bonus nets less (<see cref="AnnualBonusDeadZone"/>). The whole
/// bonus is taxed at the rate of its row (财税〔2018〕164号), so crossing a row's top raises the tax on all of it: at
/// 36 000 the tax jumps from 1 080 to 3 390.10 for one more fen. Computed from <see cref="TaxTable.MonthlyConverted"/>,
/// to the fen: 36 000.01–38 566.66, 144 000.01–160 500.00, 300 000.01–318 333.33, 420 000.01–447 500.00,
/// 660 000.01–706 538.46 and 960 000.01–1 119 999.99.
/// </summary>
public static class AnnualBonusDeadZones
{
    /// <summary>Every zone, in ascending order.</summary>
    public static ImmutableArray<AnnualBonusDeadZone> All { get; } = Compute();

    /// <summary>What a bonus nets after the separate tax.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bonus"/> is negative.</exception>
    public static decimal NetOf(decimal bonus) => bonus - AnnualBonusTax.Calculate(bonus).Tax;

    /// <summary>The zone that holds <paramref name="bonus"/>, or null when no smaller bonus nets more.</summary>
    public static AnnualBonusDeadZone? Find(decimal bonus)
    {
        foreach (var zone in All)
        {
            if (zone.Contains(bonus))
            {
                return zone;
            }
        }

        return null;
    }

    private static ImmutableArray<AnnualBonusDeadZone> Compute()
    {
        var zones = ImmutableArray.CreateBuilder<AnnualBonusDeadZone>();
        foreach (var bracket in TaxTable.MonthlyConverted.Brackets)
        {
            if (bracket.UpTo == decimal.MaxValue)
            {
                break;
            }

            var boundary = bracket.UpTo * 12m;
            var net = NetOf(boundary);

            // The net falls at the boundary and then rises at (1 − the next rate) per yuan; the zone ends one fen before
            // it is back at the boundary's net. Each zone ends inside the next row, so one search reaches it.
            var back = NetToGross.SmallestReaching(NetOf, net, boundary + 0.01m, PayrollLimits.MaxAmount)!.Value;
            zones.Add(new AnnualBonusDeadZone(boundary, net, boundary + 0.01m, back - 0.01m));
        }

        return zones.ToImmutable();
    }
}
