namespace FoiPortal.Core.Requests;

/// <summary>One line of a request's append-only timeline. No personal data in <see cref="Description"/>.</summary>
public sealed class RequestEvent
{
    public const int DescriptionMaxLength = 500;
    public const int KindMaxLength = 40;

    private RequestEvent()
    {
        Kind = string.Empty;
        Description = string.Empty;
    }

    internal RequestEvent(DateTime atUtc, string kind, string description, string? actor)
    {
        AtUtc = atUtc;
        Kind = kind;
        Description = description;
        Actor = actor;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string Kind { get; private set; }

    public string Description { get; private set; }

    /// <summary>The staff member's user name, or null for the requester or the system.</summary>
    public string? Actor { get; private set; }
}
