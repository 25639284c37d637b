using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

/// <summary>
/// <see cref="DecisionSignOff"/> is stored in its decision's row, in the columns the decisions had before it was one
/// type (SignOff, ReviewedBy, ReviewedAtUtc, ReviewComment), for cost and exemption decisions alike. The sign-off
/// queues find decisions by request (each table's FoiRequestId index), so the state needs no index of its own.
/// </summary>
internal static class SignOffColumns
{
    public static void Map<TDecision>(OwnedNavigationBuilder<TDecision, DecisionSignOff> signOff)
        where TDecision : class
    {
        signOff.Property(s => s.State).HasColumnName("SignOff").IsRequired();
        signOff.Property(s => s.ReviewedBy).HasColumnName("ReviewedBy").HasMaxLength(256);
        signOff.Property(s => s.ReviewedAtUtc).HasColumnName("ReviewedAtUtc");
        signOff.Property(s => s.Comment).HasColumnName("ReviewComment").HasMaxLength(DecisionSignOff.CommentMaxLength);
    }
}
