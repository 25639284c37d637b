namespace FoiPortal.Core.Nodes;

/// <summary>
/// A named job that only one web node runs at a time (deadline reminders, the IMAP and folder intake): the node that
/// holds the lease runs the job and renews the lease on every pass; when a node dies its lease expires and another
/// node takes the job over (docs/adr/017-row-claiming-across-nodes.md). The rows are created by the migration; they
/// are only ever changed by the claiming statements in <c>RowClaims</c> (one UPDATE each, with the provider's locking).
/// </summary>
public sealed class JobLease
{
    public const int NameMaxLength = 60;
    public const int HolderMaxLength = 200;

    /// <summary>Deadline and review reminders (FOIA s.10, s.45 code): one node scans per hour.</summary>
    public const string DeadlineReminders = "deadline-reminders";

    /// <summary>The IMAP mailbox: one node polls it; the import key stays the safety net (ADR 014).</summary>
    public const string IntakeImap = "intake-imap";

    /// <summary>The folder of .eml files: one node reads and moves the files.</summary>
    public const string IntakeFolder = "intake-folder";

    /// <summary>Every lease the portal uses: the migration creates one row for each.</summary>
    public static IReadOnlyList<string> All { get; } = [DeadlineReminders, IntakeImap, IntakeFolder];

    private JobLease()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    /// <summary>The node holding the lease (<c>machine/process/instance</c>), or null when never taken.</summary>
    public string? HeldBy { get; private set; }

    /// <summary>When the lease lapses unless its holder renews it (UTC).</summary>
    public DateTime? HeldUntilUtc { get; private set; }
}
