namespace HrKit.Security;

/// <summary>
/// A provider over keys the host already holds: the first is current, the others (rotated-out keys) still decrypt.
/// </summary>
public sealed class StaticEncryptionKeyProvider : IEncryptionKeyProvider
{
    private readonly EncryptionKey[] _keys;

    /// <summary>Creates the provider.</summary>
    /// <param name="current">The key new files are encrypted with.</param>
    /// <param name="older">Keys that only decrypt.</param>
    /// <exception cref="ArgumentNullException">A key is null.</exception>
    public StaticEncryptionKeyProvider(EncryptionKey current, params EncryptionKey[] older)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(older);
        _keys = [current, .. older];
        foreach (var k in _keys)
        {
            ArgumentNullException.ThrowIfNull(k, nameof(older));
        }
    }

    /// <inheritdoc />
    public ValueTask<EncryptionKey> GetCurrentKeyAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_keys[0]);

    /// <inheritdoc />
    public ValueTask<EncryptionKey?> FindKeyAsync(string keyId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Array.Find(_keys, k => string.Equals(k.Id, keyId, StringComparison.Ordinal)));
}
