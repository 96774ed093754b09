using HrKit.Tests.Shared;

namespace HrKit.Audit.Sqlite.Tests.Localization;

/// <summary>
/// Issue 15: the SQL audit stores (SQLite and PostgreSQL share src/Shared/AuditSql) throw AuditLogException with a
/// message of HrKit.Core's CoreStrings.resx, so GetMessage shows it in Chinese. An English sentence passed straight to
/// the exception fails here.
/// </summary>
public sealed class AuditStoreStringsTests
{
    private static readonly string[] Sources = ["src/Shared/AuditSql", "src/HrKit.Audit.Sqlite", "src/HrKit.Audit.PostgreSql"];

    [Fact]
    public void Sources_MessagesOfAuditLogExceptions_ComeFromTheResources()
    {
        Assert.Equal([], ResourceConventions.LiteralBypasses(Sources, ["AuditLogException", "HrKitException"], new HashSet<string>()));
    }

    [Fact]
    public void Resources_KeysTheStoresName_InEnglishAndChinese()
    {
        var english = ResourceConventions.Values("src/HrKit.Core/Resources/Localization/CoreStrings.resx");
        var chinese = ResourceConventions.Values("src/HrKit.Core/Resources/Localization/CoreStrings.zh-CN.resx");
        var named = Sources
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(ResourceConventions.RepositoryRoot(), f), "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), """CoreText\.Of\(\s*"([^"]+)"[,)]""").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.Equal(["Audit.Store.PostgreSql", "Audit.Store.Sqlite", "Audit.StoreFailed"], named.Order(StringComparer.Ordinal));
        Assert.All(named, k => Assert.True(english.ContainsKey(k) && chinese.ContainsKey(k), k));
    }
}
