using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Costs;

/// <summary>The checks every manager sign-off makes, whatever is being signed off (cost refusals, exemption decisions).</summary>
public static class SignOffGuard
{
    /// <summary>Only a pending decision can be reviewed, and never by the person who made it (separation of duties).</summary>
    public static void CheckReviewable(SignOffState state, string decidedBy, string manager, string verb)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manager);
        if (state != SignOffState.Pending)
        {
            throw new DomainException("This decision is not waiting for sign-off");
        }

        if (string.Equals(manager, decidedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException($"You made this decision, so you cannot {verb} it: another manager must sign it off");
        }
    }

    public static void RequireReturnComment(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Enter a comment saying what needs to change");
        }
    }
}
