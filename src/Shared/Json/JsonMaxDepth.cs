using System.Text.Json;

namespace HrKit.Json;

/// <summary>Tells a document nested past the reader's <c>MaxDepth</c> from other JSON errors.</summary>
internal static class JsonMaxDepth
{
    /// <summary>Whether <paramref name="ex"/> is the reader's "maximum configured depth … has been exceeded".</summary>
    /// <remarks>
    /// System.Text.Json raises no type of its own for it, so its text is the only sign. "depth" alone is not: an
    /// unclosed bracket is reported as "Expected depth to be zero at the end of the JSON payload", a syntax error.
    /// </remarks>
    public static bool WasExceeded(JsonException ex) =>
        ex.Message.Contains("maximum configured depth", StringComparison.Ordinal);
}
