using System.Text;
using NodaTime;

namespace HrKit.Integration.Suites;

/// <summary>
/// A company that installed the suite app, with the permanent code (永久授权码) its access tokens are issued against.
/// The permanent code is a credential: <see cref="ToString"/> never prints it.
/// </summary>
/// <param name="Company">The company.</param>
/// <param name="CorpName">The company's name as the vendor reported it at authorisation.</param>
/// <param name="PermanentCode">The permanent code; keep it as secret as an app secret.</param>
/// <param name="AuthorisedAt">When the authorisation was recorded.</param>
public sealed record AuthorisedCompany(CompanyRef Company, string CorpName, string PermanentCode, Instant AuthorisedAt)
{
    /// <summary>When the company cancelled the authorisation (uninstalled the app); null while it is active.</summary>
    public Instant? CancelledAt { get; init; }

    /// <summary>Whether the company still authorises the app.</summary>
    public bool IsActive => CancelledAt is null;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Company = ").Append(Company).Append(", CorpName = ").Append(CorpName)
            .Append(", AuthorisedAt = ").Append(AuthorisedAt).Append(", CancelledAt = ").Append(CancelledAt);
        return true;
    }
}
