using HrKit.Cli.Errors;
using HrKit.Cli.Files;

namespace HrKit.Cli.Tests.Files;

public sealed class OutputFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hrkit-cli-out-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task CommitAsync_WrittenFile_ReplacesTheTargetAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_folder, "out.txt");
        await File.WriteAllTextAsync(path, "old");

        await using (var file = OutputFile.Create(path, "--out"))
        {
            await file.Writer.WriteAsync("new");
            Assert.Equal("old", await File.ReadAllTextAsync(path));
            await file.CommitAsync();
        }

        Assert.Equal("new", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task DisposeAsync_WithoutCommit_LeavesNoFileBehind()
    {
        var path = Path.Combine(_folder, "out.txt");

        await using (var file = OutputFile.Create(path, "--out"))
        {
            await file.Writer.WriteAsync("half");
        }

        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Create_PathIsAFolder_NamesTheOption()
    {
        var ex = Assert.Throws<CliDataException>(() => OutputFile.Create(_folder, "--out"));

        Assert.Equal($"--out '{_folder}' is a folder; give a file name such as payroll-out.jsonl.", ex.Message);
    }

    [Fact]
    public void EnsureWritable_LedgerInMissingFolder_NamesTheFolder()
    {
        var path = Path.Combine(_folder, "missing", "points.db");

        var ex = Assert.Throws<CliDataException>(() => LedgerPath.EnsureWritable(path, "--db"));

        Assert.Equal($"--db '{path}': folder '{Path.Combine(_folder, "missing")}' does not exist; create it or choose another path.", ex.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }
}
