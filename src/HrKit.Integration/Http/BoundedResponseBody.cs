using HrKit.Integration.Localization;
using HrKit.Localization;

namespace HrKit.Integration.Http;

/// <summary>A response body that could not be read whole; <see cref="Text"/> says why, naming the setting.</summary>
#pragma warning disable CA1032 // Internal control flow only: the documented exception is VendorApiException.
internal sealed class UnreadableBodyException(LocalMessage text, Exception? inner = null) : Exception(text.ToString(), inner)
#pragma warning restore CA1032
{
    public LocalMessage Text { get; } = text;
}

/// <summary>
/// Reads a response body (sent with <see cref="HttpCompletionOption.ResponseHeadersRead"/>) with a size and a time
/// limit: a vendor that answers 2 GB, or trickles its body forever, costs a bounded buffer and a bounded wait.
/// </summary>
internal static class BoundedResponseBody
{
    /// <exception cref="UnreadableBodyException">Larger than <paramref name="maxBytes"/>, slower than <paramref name="timeout"/>, or cut off.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<byte[]> ReadAsync(HttpContent content, long maxBytes, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            throw new UnreadableBodyException(IntegrationText.Of("Http.TooLarge", declared, maxBytes));
        }

        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var stream = await content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using var _ = stream.ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, linked.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new UnreadableBodyException(IntegrationText.Of("Http.TooLargeWhileReading", maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new UnreadableBodyException(IntegrationText.Of("Http.Timeout", timeout), ex);
        }
        catch (IOException ex)
        {
            // HttpIOException: the connection closed before Content-Length bytes or the last chunk arrived.
            throw new UnreadableBodyException(IntegrationText.Of("Http.CutOff", ex.Message), ex);
        }
    }
}
