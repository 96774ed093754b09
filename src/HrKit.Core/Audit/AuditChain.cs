using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace HrKit.Audit;

/// <summary>
/// The hash chain every <see cref="IAuditLog"/> store shares, so each store computes and checks it the same way.
/// An entry's hash is SHA-256 over its sequence number (8 bytes, big-endian), its time (Unix ticks, 8 bytes,
/// big-endian) and then kind, actor, subject, summary, data hash and the previous hash, each as a 4-byte big-endian
/// length and its UTF-8 bytes: length prefixes make the encoding unambiguous, and the previous hash links the entry to
/// everything before it. Specification: docs/audit.md#hash-chain.
/// </summary>
public static class AuditChain
{
    /// <summary>The <see cref="AuditEntry.PreviousHash"/> of the first entry: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>
    /// The time an entry is stored with: <paramref name="now"/> cut to whole ticks (100 ns), the precision every store
    /// keeps, so the hash computed before storing is the hash recomputed after reading.
    /// </summary>
    public static Instant StoredTime(Instant now) => Instant.FromUnixTimeTicks(now.ToUnixTimeTicks());

    /// <summary>The entry that follows <paramref name="previousHash"/> at <paramref name="sequence"/>, with its hash.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AuditEntry Link(long sequence, Instant at, AuditRecord record, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(previousHash);
        var time = StoredTime(at);
        var hash = ComputeHash(sequence, time, record.Kind, record.Actor, record.Subject, record.Summary, record.DataHash, previousHash);
        return new AuditEntry(sequence, time, record.Kind, record.Actor, record.Subject, record.Summary, record.DataHash, previousHash, hash);
    }

    /// <summary>The hash of an entry with these fields (lowercase hex SHA-256).</summary>
    /// <exception cref="ArgumentNullException">A string is null.</exception>
    public static string ComputeHash(long sequence, Instant at, string kind, string actor, string subject, string summary, string dataHash, string previousHash)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(number, sequence);
        sha.AppendData(number);
        BinaryPrimitives.WriteInt64BigEndian(number, at.ToUnixTimeTicks());
        sha.AppendData(number);
        foreach (var field in (ReadOnlySpan<string>)[kind, actor, subject, summary, dataHash, previousHash])
        {
            ArgumentNullException.ThrowIfNull(field);
            var bytes = Encoding.UTF8.GetBytes(field);
            BinaryPrimitives.WriteInt32BigEndian(number, bytes.Length);
            sha.AppendData(number[..4]);
            sha.AppendData(bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// Checks a chain read in storage order: sequence numbers 1, 2, 3… without gaps, each previous hash equal to the
    /// hash before it, each hash equal to the one recomputed from the fields. Stops at the first break.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        long expected = 1;
        var previous = GenesisHash;
        await foreach (var e in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var problem = Check(e, expected, previous);
            if (problem is not null)
            {
                return new AuditVerification(expected - 1, previous, e.Sequence, problem);
            }

            previous = e.Hash;
            expected++;
        }

        return new AuditVerification(expected - 1, previous, null, null);
    }

    private static string? Check(AuditEntry e, long expected, string previous)
    {
        if (e.Sequence != expected)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"entry {e.Sequence} found where entry {expected} was expected: entries were deleted or renumbered.");
        }

        if (!string.Equals(e.PreviousHash, previous, StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"entry {e.Sequence} does not link to the hash of entry {expected - 1}: entries were deleted, inserted or reordered before it.");
        }

        var recomputed = ComputeHash(e.Sequence, e.At, e.Kind, e.Actor, e.Subject, e.Summary, e.DataHash, e.PreviousHash);
        return string.Equals(recomputed, e.Hash, StringComparison.Ordinal)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"entry {e.Sequence}'s fields do not match its hash: the entry was edited after it was written.");
    }
}
