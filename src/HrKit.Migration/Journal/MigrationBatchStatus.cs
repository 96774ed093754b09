namespace HrKit.Migration.Journal;

/// <summary>Where a migration batch stands.</summary>
public enum MigrationBatchStatus
{
    /// <summary>Every target store holds the batch.</summary>
    Applied = 0,

    /// <summary>The batch was undone as a whole (<c>hrkit migrate rollback</c>).</summary>
    RolledBack = 1,

    /// <summary>A target store refused part of it; what had been written was undone.</summary>
    Failed = 2,
}
