using HrKit.Localization;
using System.Security.Cryptography;

namespace HrKit.Audit;

/// <summary>What a caller asks <see cref="IAuditLog.AppendAsync"/> to record; the log adds the time and the chain.</summary>
/// <param name="Kind">What happened, one of <see cref="AuditKinds"/> or a host's own dotted name (at most <see cref="AuditLimits.MaxKindLength"/> characters).</param>
/// <param name="Actor">Who did it: a user name or a system id, as the host passes it (at most <see cref="AuditLimits.MaxActorLength"/>).</param>
/// <param name="Subject">What it was done to, e.g. <c>payroll/ACME/2026-03</c> or <c>migration/b-20260101</c> (at most <see cref="AuditLimits.MaxSubjectLength"/>).</param>
/// <param name="Summary">A human summary without personal data (at most <see cref="AuditLimits.MaxSummaryLength"/>).</param>
/// <param name="DataHash">The lowercase hex SHA-256 of the data acted on (<see cref="HashOf(ReadOnlySpan{byte})"/>), or empty when there is none.</param>
public sealed record AuditRecord(string Kind, string Actor, string Subject, string Summary, string DataHash)
{
    /// <summary>The lowercase hex SHA-256 of <paramref name="data"/>: what <see cref="DataHash"/> holds.</summary>
    public static string HashOf(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>The lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string HashOf(string text) => HashOf(System.Text.Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))));

    /// <summary>Checks the fields against <see cref="AuditLimits"/>.</summary>
    /// <exception cref="AuditLogException">A field is empty where required, too long, or the hash is not 64 lowercase hex digits.</exception>
    public void Validate()
    {
        Check(Kind, nameof(Kind), AuditLimits.MaxKindLength, required: true);
        Check(Actor, nameof(Actor), AuditLimits.MaxActorLength, required: true);
        Check(Subject, nameof(Subject), AuditLimits.MaxSubjectLength, required: false);
        Check(Summary, nameof(Summary), AuditLimits.MaxSummaryLength, required: false);
        if (DataHash is null || DataHash.Length != 0 && (DataHash.Length != 64 || DataHash.Any(c => !char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))))
        {
            throw new AuditLogException(AuditLogException.InvalidRecordCode, CoreText.Of("Audit.DataHash"), new HrKitErrorTarget(Field: nameof(DataHash)));
        }
    }

    private static void Check(string value, string field, int max, bool required)
    {
        if (value is null || required && string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            throw new AuditLogException(AuditLogException.InvalidRecordCode,
                CoreText.Of(required ? "Audit.RequiredField" : "Audit.Field", field, max), new HrKitErrorTarget(Field: field));
        }
    }
}
