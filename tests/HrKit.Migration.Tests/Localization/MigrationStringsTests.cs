using System.Globalization;
using HrKit.Migration.Mapping;
using HrKit.Migration.Tests.Support;
using HrKit.Tests.Shared;

namespace HrKit.Migration.Tests.Localization;

/// <summary>
/// Issue 15: HrKit.Migration's refusals and row rejects come from MigrationStrings.resx, in English and zh-CN, and
/// <see cref="HrKitException.GetMessage"/> / <see cref="Reading.MigrationReject.Describe"/> show them in Chinese.
/// </summary>
public sealed class MigrationStringsTests : IDisposable
{
    private static readonly CultureInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN");

    // Developer-facing texts, deliberately English: the generic messages of the parameterless constructors .NET
    // requires of an exception type (HrKit never throws them itself).
    private static readonly HashSet<string> Allowed = ["src/HrKit.Migration/MigrationException.cs: The migration was refused."];

    private readonly MigrationWorkspace _ws = new();

    [Fact]
    public void Resources_EveryKey_InEnglishAndChinese()
    {
        Assert.Equal([], ResourceConventions.ParityProblems(
            "src/HrKit.Migration/Resources/Localization/MigrationStrings.resx", "src/HrKit.Migration/Resources/Localization/MigrationStrings.zh-CN.resx"));
    }

    [Fact]
    public void Sources_MessagesOfExceptionsAndRejects_ComeFromTheResources()
    {
        Assert.Equal([], ResourceConventions.LiteralBypasses(
            ["src/HrKit.Migration"], ["MigrationException", "EncryptionException", "MigrationReject", "Reject", "RejectRow", "Invalid"], Allowed));
    }

    [Fact]
    public void GetMessage_UnknownKindInMapping_ChineseNamingFileAndJsonPath()
    {
        var ex = Assert.Throws<MigrationException>(() => MigrationMappingLoader.Parse(
            """{"companyId":"a","sources":[{"kind":"people","file":"e.csv","columns":{}}]}""", "map.json", "/tmp"));

        Assert.Equal("映射文件“map.json”，$.sources[0].kind：“people”不是 roster、openingYearToDate、payslips、pointsBalances 之一。", ex.GetMessage(ZhCn));
        Assert.Equal("Mapping file 'map.json', $.sources[0].kind: 'people' is not one of roster, openingYearToDate, payslips, pointsBalances.", ex.Message);
        Assert.Equal(ex.Message, ex.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Describe_BadDateInExport_ChineseNamingFileRowColumnAndValue()
    {
        _ws.Write("employees.csv", _ws.Read("employees.csv").Replace("2021-07-15", "15/07/2021", StringComparison.Ordinal));
        await using var t = await _ws.OpenAsync();

        var report = await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options);

        var reject = Assert.Single(report.Rejects, r => r.File == "employees.csv");
        Assert.Equal("employees.csv 第 3 行，列“入职日期”：hireDate：“15/07/2021”不是 yyyy-MM-dd 格式的日期。", reject.Describe(ZhCn));
        Assert.Equal("hireDate '15/07/2021' is not a date in yyyy-MM-dd.", reject.Message);
        Assert.Equal(reject.ToString(), reject.Describe(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task GetMessage_MappedHeaderMissing_ChineseNamingFileAndColumn()
    {
        _ws.Write("points-balances.csv", "工号,类别,积分余额\nE001,general,10\n");
        await using var t = await _ws.OpenAsync();

        var ex = await Assert.ThrowsAsync<MigrationException>(async () => await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options));

        Assert.StartsWith("导出文件“points-balances.csv”第 1 行没有列“积分类别”（对应 category）；现有表头为：'工号', '类别', '积分余额'", ex.GetMessage(ZhCn), StringComparison.Ordinal);
    }

    public void Dispose() => _ws.Dispose();
}
