using FoiPortal.Core.Messaging;
using FoiPortal.Core.Responses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

/// <summary>
/// An outbox email's attachments point at stored response documents (immutable), which cannot be deleted while an
/// email refers to them. The email's idempotency key is unique, so one change can queue its email only once.
/// </summary>
internal sealed class OutboundEmailAttachmentConfiguration : IEntityTypeConfiguration<OutboundEmailAttachment>
{
    public void Configure(EntityTypeBuilder<OutboundEmailAttachment> builder)
    {
        builder.ToTable("OutboundEmailAttachments");
        builder.HasKey(a => a.Id);
        builder.HasOne<ResponseDocument>().WithMany().HasForeignKey(a => a.ResponseDocumentId).OnDelete(DeleteBehavior.Restrict);
        // Issue 14: a review's outcome letter, by reference to the review (its PDF is immutable once sent).
        builder.HasOne<Reviews.InternalReview>().WithMany().HasForeignKey(a => a.InternalReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OutboundEmailId, a.Position }).IsUnique();
    }

    /// <summary>The email's side: called from the outbox email's own configuration.</summary>
    internal static void ConfigureOn(EntityTypeBuilder<OutboundEmail> email)
    {
        email.Property(e => e.IdempotencyKey).HasMaxLength(OutboundEmail.IdempotencyKeyMaxLength);
        email.HasIndex(e => e.IdempotencyKey).IsUnique();
        email.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.OutboundEmailId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        email.Navigation(e => e.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
