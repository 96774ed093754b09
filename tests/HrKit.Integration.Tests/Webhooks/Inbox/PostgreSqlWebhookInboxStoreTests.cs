using HrKit.Integration.Webhooks.Inbox;
using HrKit.Points.Tests.Support;

namespace HrKit.Integration.Tests.Webhooks.Inbox;

/// <summary>The inbox contract on PostgreSQL 15: a throwaway cluster, one schema per test.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlWebhookInboxStoreTests(PostgreSqlCluster cluster) : DurableWebhookInboxStoreContract
{
    private readonly string _connectionString = cluster.NewSchema();

    protected override IWebhookInboxStore Open() => PostgreSqlWebhookInboxStore.Create(_connectionString);
}
