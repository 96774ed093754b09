using HrKit.Integration.PostgreSql;
using HrKit.Integration.Sqlite;
using HrKit.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HrKit.Integration.Tests.DependencyInjection;

/// <summary>Issue 15: the store packages' start-up checks speak the UI culture's language, saying what to set.</summary>
public sealed class LocalisedStoreOptionsValidationTests
{
    private static string SqliteFailure(string culture, string path)
    {
        using var sp = new ServiceCollection().AddHrKitIntegrationSqlite(o => o.WebhookInboxPath = path).BuildServiceProvider();
        var ex = UiCulture.Run(culture, () => Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<SqliteIntegrationOptions>>().Value));
        return Assert.Single(ex.Failures);
    }

    private static string PostgreSqlFailure(string culture, string? connectionString)
    {
        using var sp = new ServiceCollection().AddHrKitIntegrationPostgreSql(o => o.ConnectionString = connectionString).BuildServiceProvider();
        var ex = UiCulture.Run(culture, () => Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<PostgreSqlIntegrationOptions>>().Value));
        return Assert.Single(ex.Failures);
    }

    [Theory]
    [InlineData(" ", "SqliteIntegrationOptions.WebhookInboxPath：必须指定一个文件，例如 \"hrkit-webhook-inbox.db\"。")]
    [InlineData("/nonexistent-hrkit-folder/inbox.db", "SqliteIntegrationOptions.WebhookInboxPath“/nonexistent-hrkit-folder/inbox.db”：文件夹“/nonexistent-hrkit-folder”不存在；请先创建该文件夹，或改用其他路径。")]
    public void AddHrKitIntegrationSqlite_BadInboxPathUnderChineseUiCulture_ChineseSayingWhatToSet(string path, string expected)
    {
        Assert.Equal(expected, SqliteFailure("zh-CN", path));
    }

    [Fact]
    public void AddHrKitIntegrationSqlite_BadInboxPathUnderEnglishUiCulture_TheEnglishMessageUnchanged()
    {
        Assert.Equal("SqliteIntegrationOptions.WebhookInboxPath: must name a file, e.g. \"hrkit-webhook-inbox.db\".", SqliteFailure("en-US", ""));
    }

    [Fact]
    public void AddHrKitIntegrationPostgreSql_NoConnectionStringUnderChineseUiCulture_ChineseWithAnExample()
    {
        Assert.Equal("PostgreSqlIntegrationOptions.ConnectionString：必填，例如 \"Host=db;Database=hrkit;Username=hrkit\"。", PostgreSqlFailure("zh-CN", null));
    }

    [Fact]
    public void AddHrKitIntegrationPostgreSql_UnknownKeywordUnderChineseUiCulture_ChineseKeepingNpgsqlsReasonAndAnExample()
    {
        var failure = PostgreSqlFailure("zh-CN", "Hots=db");

        Assert.StartsWith("PostgreSqlIntegrationOptions.ConnectionString 不是有效的 Npgsql 连接字符串（", failure, StringComparison.Ordinal);
        Assert.Contains("hots", failure, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("）；请使用例如 \"Host=db;Database=hrkit;Username=hrkit\"。", failure, StringComparison.Ordinal);
    }
}
