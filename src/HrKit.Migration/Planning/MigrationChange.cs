namespace HrKit.Migration.Planning;

/// <summary>How a migrated item compares with what the target store already holds.</summary>
public enum MigrationChange
{
    /// <summary>The store holds nothing for it yet.</summary>
    New = 0,

    /// <summary>The store holds it with other values; the migration replaces them.</summary>
    Changed = 1,

    /// <summary>The store already holds exactly this; nothing is written.</summary>
    Unchanged = 2,
}
