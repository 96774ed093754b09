using Microsoft.Data.Sqlite;

namespace HrKit.Payroll.Sqlite.Tests;

internal static class TempDatabase
{
    public static string NewPath() => Path.Combine(Path.GetTempPath(), $"hrkit-periods-{Guid.NewGuid():N}.db");

    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    public static T Scalar<T>(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
