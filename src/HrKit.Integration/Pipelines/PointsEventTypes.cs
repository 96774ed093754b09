namespace HrKit.Integration.Pipelines;

/// <summary>
/// Event types the pipelines send to HrKit.Points, spelled as the default policy expects (docs/points-events.md), and
/// the dotted names webhook senders tend to use for the same things.
/// </summary>
internal static class PointsEventTypes
{
    public const string CheckIn = "checkIn";
    public const string Late = "late";
    public const string AttendanceMonth = "attendanceMonth";
    public const string TrainingCompleted = "trainingCompleted";
    public const string ShareArticle = "shareArticle";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["training.completed"] = TrainingCompleted,
        ["article.shared"] = ShareArticle,
    };

    /// <summary>The policy's name for a webhook event type; unknown names pass through for custom policies.</summary>
    public static string FromWebhook(string type) => Aliases.GetValueOrDefault(type, type);
}
