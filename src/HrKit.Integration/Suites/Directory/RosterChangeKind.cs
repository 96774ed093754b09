namespace HrKit.Integration.Suites.Directory;

/// <summary>What a sync did to one employee of the roster.</summary>
public enum RosterChangeKind
{
    /// <summary>Not in the roster before.</summary>
    Added = 0,

    /// <summary>In the roster before, with other values (see <see cref="RosterChange.ChangedFields"/>).</summary>
    Changed = 1,

    /// <summary>Left the company: the vendor says so, or a complete sync no longer finds them.</summary>
    Left = 2,
}
