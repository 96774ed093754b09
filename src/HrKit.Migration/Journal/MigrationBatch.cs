using System.Collections.Immutable;
using NodaTime;

namespace HrKit.Migration.Journal;

/// <summary>A migration batch as the journal keeps it: enough to roll it back as a whole.</summary>
/// <param name="BatchId">The batch id (the points postings' source id is <c>migration/{BatchId}</c>).</param>
/// <param name="CompanyId">The company.</param>
/// <param name="Actor">Who applied it.</param>
/// <param name="At">When it was applied.</param>
/// <param name="Status">Applied, rolled back or failed.</param>
/// <param name="Items">What it changed, with the state before.</param>
public sealed record MigrationBatch(string BatchId, string CompanyId, string Actor, Instant At, MigrationBatchStatus Status, ImmutableArray<MigrationJournalItem> Items);
