using System.Globalization;
using HrKit.Audit.Sqlite.Tests.Behaviour;
using Microsoft.Data.Sqlite;

namespace HrKit.Audit.Sqlite.Tests;

/// <summary>The audit behaviour suite on a SQLite file per test.</summary>
public sealed class SqliteAuditLogTests : AuditLogBehaviour, IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hrkit-audit-{Guid.NewGuid():N}.db");
    private readonly List<SqliteAuditLog> _logs = [];

    protected override string DropAppendOnlyGuardSql => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete";

    protected override async Task<IAuditLog> CreateLogAsync()
    {
        var log = new SqliteAuditLog(_path, Clock);
        _logs.Add(log);
        await log.InitializeAsync();
        return log;
    }

    protected override async Task ExecuteAsync(string sql)
    {
        await using var c = new SqliteConnection($"Data Source={_path};Pooling=false");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task InitializeAsync_FolderMissing_ThrowsAuditLogExceptionNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "audit.db");
        await using var log = new SqliteAuditLog(path, Clock);

        var ex = await Assert.ThrowsAsync<AuditLogException>(() => log.InitializeAsync());

        Assert.Equal(AuditLogException.StoreFailedCode, ex.ErrorCode);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_FolderMissing_GetMessageInChineseNamingTheFileAndTheFix()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "audit.db");
        await using var log = new SqliteAuditLog(path, Clock);

        var ex = await Assert.ThrowsAsync<AuditLogException>(() => log.InitializeAsync());

        var driver = ex.InnerException!.Message;
        Assert.Equal($"SQLite 文件“{path}”中的审计日志出错：{driver} 请检查数据库能否连接和写入；未追加任何记录。", ex.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal($"The audit log in SQLite file '{path}' failed: {driver} Check that the database is reachable and writable; nothing was appended.", ex.Message);
        Assert.Equal(ex.Message, ex.GetMessage(CultureInfo.InvariantCulture));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var log in _logs)
        {
            await log.DisposeAsync();
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
