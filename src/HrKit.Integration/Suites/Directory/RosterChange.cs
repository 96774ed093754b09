namespace HrKit.Integration.Suites.Directory;

/// <summary>One employee the sync added, changed or marked as left.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Employee">The employee as the roster now holds them.</param>
/// <param name="ChangedFields">For <see cref="RosterChangeKind.Changed"/> and <see cref="RosterChangeKind.Left"/>, the fields that differ from before.</param>
public sealed record RosterChange(RosterChangeKind Kind, RosterEmployee Employee, IReadOnlyList<string> ChangedFields);
