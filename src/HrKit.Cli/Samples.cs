namespace HrKit.Cli;

/// <summary>Sample files embedded in the tool (copies of docs/samples) for <c>hrkit demo</c>.</summary>
internal static class Samples
{
    public static Stream Open(string name) =>
        typeof(Samples).Assembly.GetManifestResourceStream("HrKit.Cli.Samples." + name)
        ?? throw new InvalidOperationException($"Sample {name} is not embedded in hrkit.");
}
