namespace HrKit.Cli.Tests.Commands;

public sealed class BonusCheckCommandTests
{
    [Fact]
    public async Task BonusCheck_NoOptions_ListsSixZones()
    {
        var (exit, output, _) = await CliRunner.RunAsync("payroll", "bonus-check");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("36000.01 –       38566.66", output, StringComparison.Ordinal);
        Assert.Contains("960000.01 –     1119999.99", output, StringComparison.Ordinal);
        Assert.Equal(7, output.Trim().Split('\n').Length);
    }

    [Fact]
    public async Task BonusCheck_BonusInZone_ExitsOneAndNamesTheBetterBonus()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "bonus-check", "--bonus", "37000,100000");

        Assert.Equal(CliApp.InvalidInput, exit);
        // 37 000 / 12 = 3 083.33 → 10 %: 3 700 − 210 = 3 490; net 33 510; 36 000 nets 34 920: 1 410 more for 1 000 less.
        Assert.Contains("bonus 37000.00: tax 3490.00, net 33510.00: DEAD ZONE 36000.01–38566.66; a bonus of 36000.00 nets 34920.00 (1410.00 more for 1000.00 less)", output, StringComparison.Ordinal);
        Assert.Contains("bonus 100000.00: tax 9790.00, net 90210.00: OK", output, StringComparison.Ordinal);
        Assert.Contains("1 of 2 bonuses fall in a dead zone", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BonusCheck_Net_PrintsSmallestBonus()
    {
        var (exit, output, _) = await CliRunner.RunAsync("payroll", "bonus-check", "--net", "34920");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("net 34920.00: smallest bonus 36000.00 (tax 1080.00)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("12.345")]
    [InlineData("abc")]
    public async Task BonusCheck_BadAmount_UsageErrorNamingOption(string amount)
    {
        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "bonus-check", "--bonus", amount);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains($"--bonus: '{amount}' is not an amount in yuan", errors, StringComparison.Ordinal);
    }
}
