using System.Collections.Concurrent;

namespace HrKit.Integration.Suites.Directory;

/// <summary>The default <see cref="IRosterStore"/>: process memory, so the first sync after a restart reports everyone as added.</summary>
public sealed class InMemoryRosterStore : IRosterStore
{
    private readonly ConcurrentDictionary<CompanyRef, Roster> _rosters = new();

    /// <inheritdoc />
    public Task<Roster?> GetAsync(CompanyRef company, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rosters.GetValueOrDefault(company));

    /// <inheritdoc />
    public Task SaveAsync(Roster roster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roster);
        _rosters[roster.Company] = roster;
        return Task.CompletedTask;
    }
}
