using Microsoft.Data.Sqlite;

namespace FoiPortal.Web.Infrastructure.Database;

/// <summary>
/// <c>dotnet run --project src/FoiPortal.Web -- backup PATH</c> (or <c>FoiPortal.Web backup PATH</c> when published):
/// an online copy of the embedded SQLite database with SQLite's backup API, safe while the portal runs (issue 19).
/// The copy is a consistent snapshot of the committed data at one moment (the WAL's readers never block the portal's
/// writers), written to a temporary file beside PATH, checked with <c>PRAGMA integrity_check</c> and only then renamed
/// to PATH, so a failed backup never leaves a half-written file under the name asked for. Restoring is described in
/// docs/deploy.md. SQL Server is backed up by the DBA's own backups, not by this command.
/// </summary>
public static class SqliteBackup
{
    public const string Verb = "backup";

    public static bool IsBackupCommand(string[] args) => args.Length > 0 && string.Equals(args[0], Verb, StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs the command; returns the process exit code (0 done, 1 failed, 2 wrong usage). Errors are one clear line, never a stack trace.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(args[1]))
        {
            await error.WriteLineAsync("Usage: FoiPortal.Web backup PATH   (PATH: the new file to write the copy of the database to)");
            return 2;
        }

        // The same settings as the portal (appsettings, environment variables, the rest of the command line).
        var builder = WebApplication.CreateBuilder(args[2..]);
        if (DatabaseSetup.IsSqlServer(builder.Configuration))
        {
            await error.WriteLineAsync("Backup failed: the portal uses SQL Server; back it up with the database's own backups (see docs/deploy.md).");
            return 1;
        }

        var source = DatabaseSetup.SqliteConnectionString(builder.Configuration, builder.Environment, createFolder: false);
        try
        {
            var (path, pages) = await BackupAsync(source, args[1], CancellationToken.None);
            await output.WriteLineAsync($"Backed up the database to {path} ({pages} pages, integrity check ok).");
            return 0;
        }
        catch (BackupException ex)
        {
            await error.WriteLineAsync($"Backup failed: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Copies the database in <paramref name="sourceConnectionString"/> to the new file <paramref name="path"/>; returns its full path and size in pages.</summary>
    public static async Task<(string Path, long Pages)> BackupAsync(string sourceConnectionString, string path, CancellationToken cancellationToken)
    {
        var target = FullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        if (Directory.Exists(target))
        {
            throw new BackupException($"{target} is a folder; give the name of a new file, such as {Path.Combine(target, "foiportal-backup.db")}.");
        }

        if (!Directory.Exists(folder))
        {
            throw new BackupException($"the folder {folder} does not exist.");
        }

        if (File.Exists(target))
        {
            throw new BackupException($"{target} already exists; give the name of a new file (a backup never overwrites one).");
        }

        var sourceBuilder = new SqliteConnectionStringBuilder(sourceConnectionString) { Mode = SqliteOpenMode.ReadWrite };
        if (!File.Exists(sourceBuilder.DataSource))
        {
            throw new BackupException($"there is no database at {Path.GetFullPath(sourceBuilder.DataSource)} (check ConnectionStrings:Sqlite or DataFolder).");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            long pages;
            await using (var from = new SqliteConnection(sourceBuilder.ToString()))
            await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
            {
                await from.OpenAsync(cancellationToken);
                // A busy portal holds the write lock only briefly; wait for it as the portal's own connections do.
                await using (var busy = from.CreateCommand())
                {
                    busy.CommandText = "PRAGMA busy_timeout = 30000;";
                    await busy.ExecuteNonQueryAsync(cancellationToken);
                }

                await to.OpenAsync(cancellationToken);
                from.BackupDatabase(to);
                var integrity = await ScalarAsync(to, "PRAGMA integrity_check;", cancellationToken);
                if (!string.Equals(integrity, "ok", StringComparison.Ordinal))
                {
                    throw new BackupException($"the copy failed its integrity check ({integrity}); nothing was written to {target}.");
                }

                // A self-contained file: no -wal beside it.
                await ScalarAsync(to, "PRAGMA journal_mode = DELETE;", cancellationToken);
                pages = long.Parse(await ScalarAsync(to, "PRAGMA page_count;", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }

            File.Move(temporary, target);
            return (target, pages);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new BackupException($"{ex.Message.TrimEnd('.')} ({target}).", ex);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new BackupException($"'{path}' is not a usable file name.", ex);
        }
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}

/// <summary>A backup that could not be made, with a message for the person who ran it.</summary>
public sealed class BackupException : Exception
{
    public BackupException()
    {
    }

    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
