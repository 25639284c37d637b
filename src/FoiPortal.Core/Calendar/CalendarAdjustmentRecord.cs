using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Calendar;

/// <summary>
/// An admin's change to the published bank holidays (a day proclaimed at short notice, or one cancelled), as stored.
/// Never deleted: withdrawing it records who and when, so the calendar's history can be explained later.
/// </summary>
public sealed class CalendarAdjustmentRecord
{
    public const int ReasonMaxLength = 200;
    public const int SourceMaxLength = 300;

    /// <summary>A staff user id (Identity's key length).</summary>
    public const int StaffIdMaxLength = 450;

    private CalendarAdjustmentRecord()
    {
        Reason = string.Empty;
        CreatedBy = string.Empty;
    }

    public CalendarAdjustmentRecord(DateOnly date, AdjustmentKind kind, CalendarScope scope, string reason, string source, string createdBy, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        if (reason.Trim().Length > ReasonMaxLength)
        {
            throw new DomainException($"The reason must be {ReasonMaxLength} characters or fewer.");
        }

        if (CalendarAdjustmentRules.WhySourceRefused(source) is { } why)
        {
            throw new DomainException(why);
        }

        Source = source.Trim();
        Date = date;
        Kind = kind;
        Scope = scope;
        Reason = reason.Trim();
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }

    public DateOnly Date { get; private set; }

    public AdjustmentKind Kind { get; private set; }

    public CalendarScope Scope { get; private set; }

    public string Reason { get; private set; }

    /// <summary>
    /// The proclamation or announcement the change comes from (issue 13, rule 5): a bank holiday under FOIA s.10(6) is one
    /// under the Banking and Financial Dealings Act 1971, so a day is added or removed only on a Royal Proclamation
    /// (s.1(3)) or the government's announcement of one. Null only for changes recorded before it was asked for.
    /// </summary>
    public string? Source { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The staff user id of the admin who added it.</summary>
    public string CreatedBy { get; private set; }

    public DateTime? WithdrawnAtUtc { get; private set; }

    /// <summary>The staff user id of the admin who withdrew it.</summary>
    public string? WithdrawnBy { get; private set; }

    public bool IsActive => WithdrawnAtUtc is null;

    public CalendarAdjustment ToAdjustment() => new(Date, Kind, Reason, Scope);

    public void Withdraw(string withdrawnBy, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(withdrawnBy);
        if (!IsActive)
        {
            throw new DomainException("This calendar change has already been removed.");
        }

        WithdrawnBy = withdrawnBy;
        WithdrawnAtUtc = atUtc;
    }
}
