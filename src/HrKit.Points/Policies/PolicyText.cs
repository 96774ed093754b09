using HrKit.Points.Localization;
using System.Text;

namespace HrKit.Points.Policies;

/// <summary>Reads policy text within the size limit, as strict UTF-8, before any of it is parsed.</summary>
internal static class PolicyText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text; reads at most <paramref name="maxBytes"/> + 1 bytes whatever the file's size.</summary>
    public static string ReadFile(string path, int maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw TooLarge(stream.Length, maxBytes);
        }

        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        if (length > maxBytes)
        {
            throw TooLarge(length, maxBytes); // it grew while we read
        }

        var bom = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(buffer, bom, length - bom);
        }
        catch (DecoderFallbackException ex)
        {
            throw new PointsPolicyException(PointsText.Of("Policy.NotUtf8", ex.Index + bom), ex);
        }
    }

    /// <summary>Throws when <paramref name="json"/> is more than <paramref name="maxBytes"/> bytes as UTF-8.</summary>
    public static void EnsureSize(string json, int maxBytes)
    {
        // Every character is at least one byte, so a long string is refused without counting.
        var bytes = json.Length > maxBytes ? json.Length : Encoding.UTF8.GetByteCount(json);
        if (bytes > maxBytes)
        {
            throw TooLarge(bytes, maxBytes);
        }
    }

    private static PointsPolicyException TooLarge(long bytes, int maxBytes) =>
        new([new PolicyError(null, "policy", PointsText.Of("Policy.TooLarge", bytes, maxBytes))]);

    /// <summary>Text quoted for an error message; long text is shortened, as a message must not carry a megabyte of expression.</summary>
    public static string Quote(string text) =>
        text.Length <= 200 ? $"'{text}'" : $"'{text[..60]}…' ({text.Length:N0} characters)";

    /// <summary>A raw JSON value shortened for an error message.</summary>
    public static string Shown(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";
}
