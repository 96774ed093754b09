namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>How far a contribution figure has been checked against a published source.</summary>
public enum ContributionConfidence
{
    /// <summary>
    /// Not checked: no published source stating the figure was found, or only third-party code or a recollection.
    /// Files that give no confidence are read as unconfirmed; nothing is presumed confirmed.
    /// </summary>
    Unconfirmed = 0,

    /// <summary>A named published source (the bureau's notice, or a report quoting it) states the figure.</summary>
    Confirmed = 1,
}
