namespace HrKit.Audit;

/// <summary>The kinds of entry HrKit itself appends; hosts may add their own dotted names.</summary>
public static class AuditKinds
{
    /// <summary>One step of a data migration (plan, apply, rollback), per target store.</summary>
    public const string MigrationStep = "migration.step";

    /// <summary>A payroll month was run (or re-run) and stored.</summary>
    public const string PayrollRun = "payroll.run";

    /// <summary>A payroll month was closed.</summary>
    public const string PayrollClose = "payroll.close";

    /// <summary>A closed payroll month was reopened.</summary>
    public const string PayrollReopen = "payroll.reopen";

    /// <summary>Closed payroll months were recalculated (retro).</summary>
    public const string PayrollRetro = "payroll.retro";

    /// <summary>A pay or points policy in force changed (a new content hash was loaded).</summary>
    public const string PolicyChange = "policy.change";

    /// <summary>Points were adjusted or reversed by hand.</summary>
    public const string PointsAdjustment = "points.adjustment";
}
