using Microsoft.Data.Sqlite;

namespace HrKit.Migration.Sandbox;

/// <summary>
/// A throwaway folder of copies of SQLite store files for a plan to write to: each copy is a consistent snapshot
/// taken through SQLite's online backup from a read-only connection, so the real file is never written (not even
/// checkpointed). Disposing deletes the folder and everything in it.
/// </summary>
public sealed class SqliteSandbox : IAsyncDisposable
{
    private readonly List<string> _copies = [];

    private SqliteSandbox(string directory) => Directory = directory;

    /// <summary>The folder holding the copies.</summary>
    public string Directory { get; }

    /// <summary>Creates an empty sandbox folder under the system's temporary folder.</summary>
    public static SqliteSandbox Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"hrkit-sandbox-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(directory);
        return new SqliteSandbox(directory);
    }

    /// <summary>
    /// The path of a copy of <paramref name="sourcePath"/> in the sandbox; a source that does not exist yet gives the
    /// path of a new, empty file (the store creates it), as the real store would.
    /// </summary>
    /// <param name="sourcePath">The real store's SQLite file.</param>
    /// <param name="name">The copy's file name, e.g. <c>payroll.db</c>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="SqliteException">The source exists but is not an SQLite database.</exception>
    public async Task<string> CopyAsync(string sourcePath, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var destination = Path.Combine(Directory, Path.GetFileName(name));
        _copies.Add(destination);
        if (!File.Exists(sourcePath))
        {
            return destination;
        }

        var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sourcePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        await using (source.ConfigureAwait(false))
        await using (copy.ConfigureAwait(false))
        {
            await source.OpenAsync(cancellationToken).ConfigureAwait(false);
            await copy.OpenAsync(cancellationToken).ConfigureAwait(false);
            source.BackupDatabase(copy);
        }

        return destination;
    }

    /// <summary>Deletes the sandbox folder; copies still open by a store are released first by clearing their pools.</summary>
    public ValueTask DisposeAsync()
    {
        foreach (var copy in _copies)
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = true }.ToString());
            SqliteConnection.ClearPool(c);
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open elsewhere leaves the temp folder behind; it holds only copies.
        }

        return ValueTask.CompletedTask;
    }
}
