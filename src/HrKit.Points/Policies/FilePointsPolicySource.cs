using HrKit.Points.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HrKit.Points.Policies;

/// <summary>
/// A policy file, optionally watched: a changed file is compiled off to the side and swapped in with one
/// reference write, so an event is evaluated entirely under the old plan or entirely under the new one. An
/// invalid file keeps the old plan in force and is reported through <see cref="LastErrors"/> and the log.
/// </summary>
public sealed class FilePointsPolicySource : IPointsPolicySource, IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);
    private readonly string _path;
    private readonly PointsPolicyLimits _limits;
    private readonly ILogger _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _timer;
    private readonly Lock _reloadLock = new();
    private volatile PointsPolicy _current;
    private volatile IReadOnlyList<PolicyError> _lastErrors = [];

    /// <summary>Loads <paramref name="path"/> now.</summary>
    /// <param name="path">Policy file.</param>
    /// <param name="watch">Reload automatically when the file changes.</param>
    /// <param name="logger">Where reload outcomes go.</param>
    /// <param name="limits">Size limits every version of the file must keep; <see langword="null"/> = <see cref="PointsPolicyLimits.Default"/>.</param>
    /// <exception cref="PointsPolicyException">The file is not a valid policy or exceeds a limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or <paramref name="limits"/> are out of range.</exception>
    public FilePointsPolicySource(string path, bool watch = true, ILogger<FilePointsPolicySource>? logger = null, PointsPolicyLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = Path.GetFullPath(path);
        _limits = limits ?? PointsPolicyLimits.Default;
        _limits.EnsureValid();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _current = PointsPolicyLoader.LoadFile(_path, _limits);
        _timer = new Timer(_ => ReloadInBackground(), null, Timeout.Infinite, Timeout.Infinite);
        if (watch)
        {
            _watcher = new FileSystemWatcher(Path.GetDirectoryName(_path)!, Path.GetFileName(_path))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            // Editors save in bursts (truncate, write, rename); wait for quiet before compiling.
            FileSystemEventHandler changed = (_, _) => _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
            _watcher.Changed += changed;
            _watcher.Created += changed;
            _watcher.Renamed += (_, _) => _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <inheritdoc />
    public PointsPolicy Current => _current;

    /// <summary>Problems with the latest file version that was rejected; empty after a successful load.</summary>
    public IReadOnlyList<PolicyError> LastErrors => _lastErrors;

    /// <summary>Raised after a new policy is in force.</summary>
    public event EventHandler? Reloaded;

    /// <summary>Re-reads the file now; returns whether the new version is in force. A rejected or unreadable file never throws.</summary>
    public bool Reload()
    {
        lock (_reloadLock)
        {
            try
            {
                var next = PointsPolicyLoader.LoadFile(_path, _limits);
                _current = next;
                _lastErrors = [];
                _logger.PolicyReloaded(next.Name, _path, next.Rules.Length);
            }
            catch (PointsPolicyException ex)
            {
                _logger.PolicyRejected(_path, ex.Message);
                _lastErrors = ex.Errors;
                return false;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                ReportUnreadable(ex);
                return false;
            }
        }

        Reloaded?.Invoke(this, EventArgs.Empty);
        return true;
    }

    // Runs on a timer thread, where an escaping exception would end the process: nothing may leave it.
    private void ReloadInBackground()
    {
        try
        {
            Reload();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ReportUnreadable(ex);
        }
    }

    // Logged before it is published (here and for a rejected file), so whoever sees the error in LastErrors finds it
    // in the log too.
    private void ReportUnreadable(Exception ex)
    {
        _logger.PolicyUnreadable(ex, _path);
        _lastErrors = [new PolicyError(null, "file", ex.Message)];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher?.Dispose();
        _timer.Dispose();
    }
}
