using FoiPortal.Web.Infrastructure.Database;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace FoiPortal.Web.Infrastructure.Mail;

/// <summary>
/// Imports .eml files dropped into <c>Mail:Intake:Folder</c> (an export from the authority's mail system, or local
/// use): looked at every few seconds; each file, once its import is committed, is moved to <c>processed</c>, or to
/// <c>failed</c> when it is not an email at all (it is still in the inbox, flagged unreadable). Writers should write
/// under another name (such as <c>.tmp</c>) and rename, so a half-written file is never read.
/// </summary>
public sealed partial class IntakeFolderImporter(IntakeImporter importer, JobLeases leases, IOptions<IntakeOptions> options, ILogger<IntakeFolderImporter> logger) : BackgroundService
{
    public string Folder => options.Value.Folder;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.FolderPollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // One node reads and moves the files at a time (ADR 017); its lease lapses after three passes if it dies.
                if (await leases.TryTakeAsync(Core.Nodes.JobLease.IntakeFolder, IntakeImapImporter.Lease(interval), stoppingToken))
                {
                    await ImportFolderAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFolderFailed(ex);
            }

            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the folder; returns how many files were imported (duplicates not counted).</summary>
    public async Task<int> ImportFolderAsync(CancellationToken ct)
    {
        var folder = Folder;
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var imported = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            byte[] raw;
            DateTime fileTime;
            try
            {
                raw = await File.ReadAllBytesAsync(path, ct);
                fileTime = File.GetLastWriteTimeUtc(path);
            }
            catch (IOException)
            {
                // Another node moved it, or it is still being written: next pass.
                continue;
            }

            var name = Path.GetFileName(path);
            var outcome = await importer.ImportAsync(raw, ReceivedAt(raw, fileTime), "folder:" + name, ct);
            imported += outcome == ImportOutcome.AlreadyImported ? 0 : 1;
            MoveAway(path, outcome == ImportOutcome.Unreadable ? "failed" : "processed");
        }

        return imported;
    }

    /// <summary>
    /// The time our mail server received it: the date of the topmost Received header (the last hop, ours), else the
    /// time the file was written. Never the sender's Date header, which the sender sets.
    /// </summary>
    public static DateTimeOffset ReceivedAt(byte[] raw, DateTime fileTimeUtc)
    {
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            var headers = HeaderList.Load(stream);
            var received = headers[HeaderId.Received];
            if (received is not null && received.LastIndexOf(';') is var semi and >= 0
                && DateUtils.TryParse(received[(semi + 1)..].Trim(), out var at))
            {
                return at;
            }
        }
        catch (FormatException)
        {
            // Not an email: the file's time will do.
        }

        return new DateTimeOffset(fileTimeUtc, TimeSpan.Zero);
    }

    private void MoveAway(string path, string subfolder)
    {
        var target = Path.Combine(Path.GetDirectoryName(path)!, subfolder);
        Directory.CreateDirectory(target);
        var destination = Path.Combine(target, Path.GetFileName(path));
        if (File.Exists(destination))
        {
            destination = Path.Combine(target, $"{Path.GetFileNameWithoutExtension(path)}-{Guid.NewGuid():N}.eml");
        }

        try
        {
            File.Move(path, destination);
        }
        catch (IOException ex)
        {
            // Moved by another node already; the import key keeps the inbox right either way.
            LogMoveFailed(ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Email folder import failed; will try again")]
    private partial void LogFolderFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not move an imported email file ({ErrorType})")]
    private partial void LogMoveFailed(string errorType);
}
