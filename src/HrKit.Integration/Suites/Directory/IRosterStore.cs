namespace HrKit.Integration.Suites.Directory;

/// <summary>Where each company's last roster is kept between syncs; hosts with their own HR database implement it there.</summary>
public interface IRosterStore
{
    /// <summary>The company's roster, or null before its first sync.</summary>
    Task<Roster?> GetAsync(CompanyRef company, CancellationToken cancellationToken = default);

    /// <summary>Replaces the company's roster.</summary>
    Task SaveAsync(Roster roster, CancellationToken cancellationToken = default);
}
