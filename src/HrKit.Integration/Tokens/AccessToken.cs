using NodaTime;

namespace HrKit.Integration.Tokens;

/// <summary>A vendor access token and when it stops working.</summary>
internal sealed record AccessToken(string Value, Instant ExpiresAt);
