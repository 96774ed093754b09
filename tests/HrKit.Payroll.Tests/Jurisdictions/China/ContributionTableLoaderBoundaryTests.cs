using System.Globalization;
using System.Text;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// The loader's limits and defaults at their edges: the folder bound of <see cref="ContributionTableLoader.MaxFiles"/>
/// files, the rounding written "fen", errors counted once per problem, and a schedule's confirmation mark. Each case is
/// one a Stryker run showed no other test noticed (tests/README.md).
/// </summary>
public sealed class ContributionTableLoaderBoundaryTests
{
    private static string City(string code, string rounding = "fen") => $$"""
        { "city": "{{code}}", "schedules": [ { "effectiveFrom": "2025-07-01", "effectiveTo": "2026-06-30", "source": "test",
          "items": [ { "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 4000, "baseCeiling": 20000, "rounding": "{{rounding}}" } ] } ] }
        """;

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    // "ca", "cb", … "zz": distinct valid city codes.
    private static string Code(int i) => "c" + (char)('a' + (i / 26 % 26)) + (char)('a' + (i % 26)) + i.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void LoadPath_FolderWithExactlyMaxFiles_LoadsEveryCity()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < ContributionTableLoader.MaxFiles; i++)
        {
            File.WriteAllText(Path.Combine(folder.Path, Code(i) + ".json"), City(Code(i)));
        }

        var table = ContributionTableLoader.LoadPath(folder.Path);

        Assert.Equal(ContributionTableLoader.MaxFiles, table.Cities.Count());
    }

    [Fact]
    public void LoadPath_FolderWithOneFileMoreThanMaxFiles_IsRefusedNamingTheFolderAndTheBound()
    {
        using var folder = new TempFolder();
        for (var i = 0; i <= ContributionTableLoader.MaxFiles; i++)
        {
            File.WriteAllText(Path.Combine(folder.Path, Code(i) + ".json"), "{}");
        }

        var error = Assert.Throws<PayrollDataException>(() => ContributionTableLoader.LoadPath(folder.Path));

        Assert.Equal($"contribution folder '{folder.Path}': more than 1000 .json files; keep one file per city.", error.Message);
    }

    [Theory]
    [InlineData("fen", RoundingRule.Fen)]
    [InlineData("", RoundingRule.Fen)]
    [InlineData("FEN", RoundingRule.Fen)]
    [InlineData("jiao", RoundingRule.Jiao)]
    [InlineData("yuan", RoundingRule.Yuan)]
    [InlineData("yuanUp", RoundingRule.YuanUp)]
    [InlineData("none", RoundingRule.None)]
    public void Load_RoundingWrittenOut_IsThatRule(string written, RoundingRule expected)
    {
        var table = ContributionTableLoader.Load(Utf8(City("testville", written)), "testville.json");

        Assert.Equal(expected, Assert.Single(table.SchedulesOf("testville")).Items[0].Rounding);
    }

    [Fact]
    public void LoadFiles_CityInTwoFilesWhoseSecondCopyAlsoOverlaps_CountsOneErrorForTheRepeatedCity()
    {
        // A file is named after its city, so the same city twice means two folders (a host's copy beside another).
        using var first = new TempFolder();
        using var second = new TempFolder();
        var a = Path.Combine(first.Path, "testville.json");
        var b = Path.Combine(second.Path, "testville.json");
        File.WriteAllText(a, City("testville"));
        File.WriteAllText(b, """
            { "city": "testville", "schedules": [
              { "effectiveFrom": "2025-07-01", "source": "test", "items": [ { "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 4000, "baseCeiling": 20000 } ] },
              { "effectiveFrom": "2026-07-01", "source": "test", "items": [ { "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 4000, "baseCeiling": 20000 } ] } ] }
            """);

        var error = Assert.Throws<PayrollDataException>(() => ContributionTableLoader.LoadFiles([a, b]));

        Assert.True(error.Message.StartsWith("contribution table has 1 error(s):", StringComparison.Ordinal), error.Message);
        Assert.Contains("'testville' is also defined in ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StreamWithoutAName_NamesItStreamInErrors()
    {
        var error = Assert.Throws<PayrollDataException>(() => ContributionTableLoader.Load(Utf8("{ \"city\": \"X\" }")));

        Assert.Contains("(stream)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NullArguments_ThrowArgumentExceptions()
    {
        Assert.Throws<ArgumentNullException>(() => ContributionTableLoader.Load(null!, "x.json"));
        Assert.Throws<ArgumentNullException>(() => ContributionTableLoader.Load(Utf8("{}"), null!));
        Assert.Throws<ArgumentNullException>(() => ContributionTableLoader.LoadPath(null!));
        Assert.Throws<ArgumentException>(() => ContributionTableLoader.LoadPath(" "));
        Assert.Throws<ArgumentNullException>(() => ContributionTableLoader.LoadFiles(null!));
    }

    [Fact]
    public void IsConfirmed_ByItsItems_TrueOnlyWhenEveryItemIsConfirmed()
    {
        var confirmed = new ContributionSource("notice", "bureau", "https://example.org", ContributionConfidence.Confirmed, "");
        var item = new ContributionItem("PENSION", "养老保险", 0.08m, 0.16m, 0m, 4_000m, 20_000m, RoundingRule.Fen);
        CityContributionSchedule Schedule(params ContributionItem[] items) => new("testville", new LocalDate(2025, 7, 1), null, [.. items], 0m, 0m, "test");

        Assert.False(Schedule().IsConfirmed);
        Assert.False(Schedule(item).IsConfirmed);
        Assert.True(Schedule(item with { Provenance = confirmed }).IsConfirmed);
        Assert.False(Schedule(item with { Provenance = confirmed }, item).IsConfirmed);
        Assert.Equal("", Schedule(item).Origin);
    }

    internal sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("hrkit-loader-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
