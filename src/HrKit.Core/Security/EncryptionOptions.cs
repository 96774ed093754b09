namespace HrKit.Security;

/// <summary>How <see cref="EncryptedFile.EncryptAsync"/> writes.</summary>
public sealed record EncryptionOptions
{
    /// <summary>The smallest chunk size allowed.</summary>
    public const int MinChunkSize = 16;

    /// <summary>The largest chunk size allowed: memory use while reading or writing is about two chunks.</summary>
    public const int MaxChunkSize = 4 * 1024 * 1024;

    /// <summary>The default chunk size, 64 KiB.</summary>
    public const int DefaultChunkSize = 64 * 1024;

    /// <summary>Plaintext bytes per chunk, <see cref="MinChunkSize"/>..<see cref="MaxChunkSize"/>; each chunk carries its own 16-byte tag.</summary>
    public int ChunkSize { get; init; } = DefaultChunkSize;
}
