namespace FoiPortal.Core.DisclosureLog;

public enum EntryState
{
    /// <summary>Being prepared; not public.</summary>
    Draft,

    /// <summary>On the public log.</summary>
    Published,

    /// <summary>Taken off the public log (unpublished), with the reason in the audit trail; may be published again.</summary>
    Withdrawn,

    /// <summary>Waiting for a manager's approval before publication (<c>DisclosureLog:RequireApproval</c>); not public.</summary>
    AwaitingApproval,
}

public enum EntryEventKind
{
    Created,
    Edited,
    Published,
    Withdrawn,
    Corrected,
    SubmittedForApproval,
    Approved,
    ReturnedFromApproval,
}

/// <summary>One line of an entry's append-only audit trail: what was done, by whom, when, and why (a withdrawal's reason, a correction's note).</summary>
public sealed class DisclosureLogEvent
{
    public const int DetailMaxLength = 2_000;

    private DisclosureLogEvent()
    {
        Actor = string.Empty;
    }

    internal DisclosureLogEvent(EntryEventKind kind, DateTime atUtc, string actor, string? detail, int version)
    {
        Kind = kind;
        AtUtc = atUtc;
        Actor = actor;
        Detail = detail;
        Version = version;
    }

    public long Id { get; private set; }

    public EntryEventKind Kind { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>The staff member's user name.</summary>
    public string Actor { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>The entry's version after the event.</summary>
    public int Version { get; private set; }
}
