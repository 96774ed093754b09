namespace HrKit.Integration.Suites.Directory;

/// <summary>A company's roster after a sync and what the sync did.</summary>
/// <param name="Roster">The roster now stored.</param>
/// <param name="Report">Added, changed, left and rejected employees and failed requests.</param>
public sealed record RosterSyncResult(Roster Roster, RosterReport Report);
