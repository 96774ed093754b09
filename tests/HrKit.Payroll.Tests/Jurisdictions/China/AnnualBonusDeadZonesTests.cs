using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class AnnualBonusDeadZonesTests
{
    // Each zone ends where bonus × (1 − next rate) + next quick deduction reaches the boundary's net (hand-computed):
    // 36 000 nets 34 920 → 0.90 B + 210 = 34 920 → B = 38 566.67; 144 000 nets 129 810 → 0.80 B + 1 410 → 160 500;
    // 300 000 nets 241 410 → 0.75 B + 2 660 → 318 333.33; 420 000 nets 317 660 → 0.70 B + 4 410 → 447 500;
    // 660 000 nets 466 410 → 0.65 B + 7 160 → 706 538.46; 960 000 nets 631 160 → 0.55 B + 15 160 → 1 120 000.
    [Theory]
    [InlineData(0, 36_000, 34_920, 38_566.66)]
    [InlineData(1, 144_000, 129_810, 160_499.99)]
    [InlineData(2, 300_000, 241_410, 318_333.32)]
    [InlineData(3, 420_000, 317_660, 447_499.99)]
    [InlineData(4, 660_000, 466_410, 706_538.45)]
    [InlineData(5, 960_000, 631_160, 1_119_999.99)]
    public void All_SixZones_MatchHandComputedEnds(int index, decimal boundary, decimal net, decimal to)
    {
        var zone = AnnualBonusDeadZones.All[index];

        Assert.Equal(boundary, zone.Boundary);
        Assert.Equal(net, zone.NetAtBoundary);
        Assert.Equal(boundary + 0.01m, zone.From);
        Assert.Equal(to, zone.To);
        Assert.True(AnnualBonusDeadZones.NetOf(to) < net);
        Assert.True(AnnualBonusDeadZones.NetOf(to + 0.01m) >= net);
    }

    [Fact]
    public void All_Count_IsSix()
    {
        Assert.Equal(6, AnnualBonusDeadZones.All.Length);
    }

    [Theory]
    [InlineData(36_000, false)]
    [InlineData(36_000.01, true)]
    [InlineData(37_000, true)]   // nets 37 000 − 3 490 = 33 510 < 34 920
    [InlineData(38_566.67, false)]
    [InlineData(100_000, false)]
    public void Find_Bonus_ReportsZone(decimal bonus, bool inZone)
    {
        Assert.Equal(inZone, AnnualBonusDeadZones.Find(bonus) is not null);
    }

    [Property(MaxTest = 500)]
    public Property Find_AnyBonus_InZoneExactlyWhenASmallerRowTopNetsMore() => Prop.ForAll(
        Gen.Choose(0, 150_000_000).Select(f => f / 100m).ToArbitrary(),
        bonus =>
        {
            var net = AnnualBonusDeadZones.NetOf(bonus);
            var betterBelow = AnnualBonusDeadZones.All.Any(z => z.Boundary < bonus && AnnualBonusDeadZones.NetOf(z.Boundary) > net);
            return betterBelow == AnnualBonusDeadZones.Find(bonus).HasValue;
        });

    [Theory]
    [InlineData(34_920, 36_000)]       // the top of the 3 % row, not a bonus inside the dead zone above it
    [InlineData(34_920.01, 38_566.68)] // just above: only the 10 % row reaches it (0.90 B + 210, rounded to the fen)
    [InlineData(0, 0)]
    [InlineData(970, 1_000)]           // 1 000 − 30
    public void AnnualBonus_TargetAfterTax_SmallestBonus(decimal target, decimal bonus)
    {
        var result = NetToGross.AnnualBonus(target);

        Assert.Equal(bonus, result.Gross);
        Assert.Equal(target, result.Net);
    }

    [Property(MaxTest = 500)]
    public Property AnnualBonus_AnyTarget_ExactAndNoSmallerBonusReachesIt() => Prop.ForAll(
        Gen.Choose(0, 80_000_000).Select(f => f / 100m).ToArbitrary(),
        target =>
        {
            var result = NetToGross.AnnualBonus(target);
            var below = result.Gross - 0.01m;
            // No smaller bonus nets exactly the target: below the result, the rows' nets stay under it or skip it.
            var smallerHits = result.Gross > 0m && AnnualBonusDeadZones.All.Any(z => z.Boundary < result.Gross && AnnualBonusDeadZones.NetOf(z.Boundary) >= target && z.Boundary != result.Gross);
            return result.Net == target && AnnualBonusDeadZones.NetOf(result.Gross) == target
                && (result.Gross == 0m || AnnualBonusDeadZones.NetOf(below) != target || below < 0m) && !smallerHits;
        });
}
