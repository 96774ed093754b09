using System.Collections.Frozen;
using System.Collections.Immutable;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// The packs an engine knows, by code (case-insensitive). Immutable; <see cref="With"/> returns a new registry. One
/// run may pay employees of every registered jurisdiction.
/// </summary>
public sealed class JurisdictionRegistry
{
    private readonly FrozenDictionary<string, JurisdictionPack> _byCode;

    /// <summary>Creates a registry; a later pack replaces an earlier one of the same code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="packs"/> is null or holds a null pack.</exception>
    public JurisdictionRegistry(IEnumerable<JurisdictionPack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var byCode = new Dictionary<string, JurisdictionPack>(StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs)
        {
            ArgumentNullException.ThrowIfNull(pack, nameof(packs));
            byCode[pack.Code] = pack;
        }

        _byCode = byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The packs HrKit.Payroll ships (China mainland first), as <c>PayrollEngineBuilder</c> uses them by default.</summary>
    public static JurisdictionRegistry BuiltIn => BuiltInRegistry.Value;

    private static readonly Lazy<JurisdictionRegistry> BuiltInRegistry = new(() => new JurisdictionRegistry(BuiltInJurisdictions.Create()));

    /// <summary>The registered codes, in ordinal order.</summary>
    public ImmutableArray<string> Codes => [.. _byCode.Values.Select(p => p.Code).Order(StringComparer.Ordinal)];

    /// <summary>The registered packs, by code in ordinal order.</summary>
    public ImmutableArray<JurisdictionPack> Packs => [.. _byCode.Values.OrderBy(p => p.Code, StringComparer.Ordinal)];

    /// <summary>The pack of <paramref name="code"/>, or null.</summary>
    public JurisdictionPack? Find(string code) => code is not null && _byCode.TryGetValue(code, out var pack) ? pack : null;

    /// <summary>A registry with <paramref name="pack"/> added, replacing one of the same code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is null.</exception>
    public JurisdictionRegistry With(JurisdictionPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return new JurisdictionRegistry(_byCode.Values.Append(pack));
    }
}
