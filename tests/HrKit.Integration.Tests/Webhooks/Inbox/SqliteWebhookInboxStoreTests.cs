using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Data.Sqlite;

namespace HrKit.Integration.Tests.Webhooks.Inbox;

/// <summary>The inbox contract on a SQLite file.</summary>
public sealed class SqliteWebhookInboxStoreTests : DurableWebhookInboxStoreContract, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hrkit-inbox-{Guid.NewGuid():N}.db");

    protected override IWebhookInboxStore Open() => SqliteWebhookInboxStore.Create(_path);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
