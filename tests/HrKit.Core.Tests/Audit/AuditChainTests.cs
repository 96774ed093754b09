using System.Security.Cryptography;
using System.Text;
using HrKit.Audit;
using NodaTime;

namespace HrKit.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 31, 9, 0);

    [Fact]
    public void ComputeHash_KnownFields_MatchesTheDocumentedEncoding()
    {
        // docs/audit.md#hash-chain, computed independently here: big-endian sequence and ticks, then each text field as
        // a 4-byte big-endian length and its UTF-8 bytes.
        var bytes = new List<byte>();
        bytes.AddRange(BigEndian(1L));
        bytes.AddRange(BigEndian(At.ToUnixTimeTicks()));
        foreach (var field in new[] { "payroll.close", "alice", "payroll/ACME/2026-03", "closed", "", AuditChain.GenesisHash })
        {
            var utf8 = Encoding.UTF8.GetBytes(field);
            bytes.AddRange(BigEndian(utf8.Length)[..]);
            bytes.AddRange(utf8);
        }

        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));

        Assert.Equal(expected, AuditChain.ComputeHash(1, At, "payroll.close", "alice", "payroll/ACME/2026-03", "closed", "", AuditChain.GenesisHash));
    }

    [Fact]
    public void ComputeHash_FieldBoundaryMoved_GivesAnotherHash()
    {
        // Length prefixes keep "ab"+"c" and "a"+"bc" apart.
        Assert.NotEqual(
            AuditChain.ComputeHash(1, At, "k", "ab", "c", "", "", AuditChain.GenesisHash),
            AuditChain.ComputeHash(1, At, "k", "a", "bc", "", "", AuditChain.GenesisHash));
    }

    [Fact]
    public async Task VerifyAsync_IntactChain_ReportsCountAndHead()
    {
        var chain = Chain(3);

        var result = await AuditChain.VerifyAsync(chain.ToAsyncEnumerable());

        Assert.True(result.IsIntact);
        Assert.Equal(3, result.Entries);
        Assert.Equal(chain[2].Hash, result.HeadHash);
    }

    [Fact]
    public async Task VerifyAsync_EntryEdited_ReportsItsSequence()
    {
        var chain = Chain(3);
        chain[1] = chain[1] with { Summary = "something else" };

        var result = await AuditChain.VerifyAsync(chain.ToAsyncEnumerable());

        Assert.Equal(2, result.BrokenAt);
        Assert.Contains("edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_EntryRemoved_ReportsTheGap()
    {
        var chain = Chain(3);
        chain.RemoveAt(1);

        var result = await AuditChain.VerifyAsync(chain.ToAsyncEnumerable());

        Assert.Equal(3, result.BrokenAt);
        Assert.Equal(1, result.Entries);
    }

    [Fact]
    public async Task VerifyAsync_EntryRemovedAndRenumbered_ReportsTheBrokenLink()
    {
        var chain = Chain(3);
        chain[2] = chain[2] with { Sequence = 2 };
        chain.RemoveAt(1);

        var result = await AuditChain.VerifyAsync(chain.ToAsyncEnumerable());

        Assert.Equal(2, result.BrokenAt);
    }

    [Fact]
    public void Link_TimeWithNanoseconds_IsStoredToTheTick()
    {
        var entry = AuditChain.Link(1, At.PlusNanoseconds(150), new AuditRecord("k", "a", "", "", ""), AuditChain.GenesisHash);

        Assert.Equal(At.PlusNanoseconds(100), entry.At);
    }

    [Theory]
    [InlineData("", "a", "")]
    [InlineData("k", " ", "")]
    [InlineData("k", "a", "ABC")]
    public void Validate_BadRecord_ThrowsAuditLogException(string kind, string actor, string dataHash)
    {
        var ex = Assert.Throws<AuditLogException>(() => new AuditRecord(kind, actor, "", "", dataHash).Validate());

        Assert.Equal(AuditLogException.InvalidRecordCode, ex.ErrorCode);
    }

    private static List<AuditEntry> Chain(int count)
    {
        var list = new List<AuditEntry>();
        var previous = AuditChain.GenesisHash;
        for (var i = 1; i <= count; i++)
        {
            var e = AuditChain.Link(i, At + Duration.FromMinutes(i), new AuditRecord(AuditKinds.PayrollRun, "alice", $"payroll/ACME/2026-0{i}", $"run {i}", AuditRecord.HashOf($"data {i}")), previous);
            list.Add(e);
            previous = e.Hash;
        }

        return list;
    }

    private static byte[] BigEndian(long value)
    {
        var b = BitConverter.GetBytes(value);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(b);
        }

        return b;
    }

    private static byte[] BigEndian(int value)
    {
        var b = BitConverter.GetBytes(value);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(b);
        }

        return b;
    }
}
