using HrKit.Migration.Localization;
using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using HrKit.Migration.Mapping;
using HrKit.Security;

namespace HrKit.Migration.Reading;

/// <summary>
/// Streams the rows of one CSV export through its <see cref="MigrationSource"/> (CsvHelper: quotes, embedded
/// delimiters and line breaks, BOM). A file that starts with the HrKit encryption header is decrypted chunk by chunk
/// while read, so no plaintext copy is written anywhere. Memory: one row at a time.
/// </summary>
internal static class ExportFileReader
{
    /// <summary>The most data rows one export file may hold.</summary>
    public const long MaxRows = 1_000_000;

    public static async IAsyncEnumerable<MigrationRow> ReadAsync(MigrationMapping mapping, MigrationSource source, IEncryptionKeyProvider? keys,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var path = mapping.PathOf(source);
        var name = source.File;
        if (!File.Exists(path))
        {
            throw new MigrationException(MigrationException.MappingInvalidCode, MigrationText.Of("File.Missing", name, source.Kind, path), new HrKitErrorTarget(File: name));
        }

        var stream = await OpenAsync(path, name, keys, ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = source.Delimiter, BadDataFound = null, DetectColumnCountChanges = false };
            using var parser = new CsvParser(text, config);
            if (!await ReadOrFailAsync(parser, name).ConfigureAwait(false))
            {
                throw new MigrationException(MigrationException.DataInvalidCode, MigrationText.Of("File.Empty", name), new HrKitErrorTarget(File: name, Line: 1));
            }

            var columns = ResolveColumns(parser.Record ?? [], source, name);
            long rows = 0;
            while (await ReadOrFailAsync(parser, name).ConfigureAwait(false))
            {
                ct.ThrowIfCancellationRequested();
                if (++rows > MaxRows)
                {
                    throw new MigrationException(MigrationException.DataInvalidCode, MigrationText.Of("File.TooManyRows", name, MaxRows), new HrKitErrorTarget(File: name, Line: parser.RawRow));
                }

                var record = parser.Record ?? [];
                var cells = new Dictionary<string, string>(columns.Count, StringComparer.Ordinal);
                foreach (var (field, index) in columns)
                {
                    cells[field] = index < record.Length ? record[index] : "";
                }

                yield return new MigrationRow(name, parser.RawRow, source, cells);
            }
        }
    }

    private static async Task<Stream> OpenAsync(string path, string name, IEncryptionKeyProvider? keys, CancellationToken ct)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        try
        {
            var start = new byte[EncryptedFile.MagicLength];
            var read = await file.ReadAsync(start, ct).ConfigureAwait(false);
            file.Position = 0;
            if (!EncryptedFile.LooksEncrypted(start.AsSpan(0, read)))
            {
                return file;
            }

            if (keys is null)
            {
                throw new EncryptionException(EncryptionException.KeyMissingCode,
                    MigrationText.Of("File.EncryptedNoKey", name).ToString(), new HrKitErrorTarget(File: name));
            }

            return await EncryptedFile.OpenReadAsync(file, keys, ct).ConfigureAwait(false);
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<bool> ReadOrFailAsync(CsvParser parser, string name)
    {
        try
        {
            return await parser.ReadAsync().ConfigureAwait(false);
        }
        catch (CsvHelperException ex)
        {
            throw new MigrationException(MigrationException.DataInvalidCode, MigrationText.Of("File.NotCsv", name, parser.RawRow, ex.Message.Split('\n')[0]),
                new HrKitErrorTarget(File: name, Line: parser.RawRow), ex);
        }
    }

    private static List<(string Field, int Index)> ResolveColumns(string[] header, MigrationSource source, string name)
    {
        var result = new List<(string, int)>(source.Columns.Count);
        foreach (var (field, title) in source.Columns)
        {
            var index = Array.FindIndex(header, h => string.Equals(h.Trim(), title, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new MigrationException(MigrationException.MappingInvalidCode,
                    MigrationText.Of("File.NoColumn", name, title, field, string.Join(", ", header.Select(h => "'" + h.Trim() + "'"))),
                    new HrKitErrorTarget(File: name, Line: 1, Field: title));
            }

            result.Add((field, index));
        }

        return result;
    }
}
