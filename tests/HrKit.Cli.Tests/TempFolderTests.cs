namespace HrKit.Cli.Tests;

/// <summary>Tests that write their input files to a temporary folder of their own, deleted after each test.</summary>
public abstract class TempFolderTests : IDisposable
{
    protected TempFolderTests(string prefix) => Folder = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The test's folder.</summary>
    protected string Folder { get; }

    /// <summary>Writes <paramref name="content"/> to <paramref name="name"/> in the folder and returns its path.</summary>
    protected string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
