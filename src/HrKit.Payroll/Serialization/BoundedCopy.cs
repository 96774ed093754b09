namespace HrKit.Payroll.Serialization;

/// <summary>Reads a small reference file (policy, contribution table) asynchronously into memory, up to a limit.</summary>
internal static class BoundedCopy
{
    /// <summary>The stream's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static async Task<MemoryStream?> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                await copy.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }
}
