using FoiPortal.Core.Intake;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

/// <summary>
/// The email intake (issue 16). The import key is unique: a second node, or a restart, importing the same message
/// fails on the index and is treated as "already imported" (docs/adr/014-email-intake.md).
/// </summary>
internal sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public void Configure(EntityTypeBuilder<InboundMessage> builder)
    {
        builder.ToTable("InboundMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.ImportKey).HasMaxLength(InboundMessage.ImportKeyLength).IsFixedLength().IsUnicode(false).IsRequired();
        builder.HasIndex(m => m.ImportKey).IsUnique();
        builder.Property(m => m.MessageId).HasMaxLength(InboundMessage.MessageIdMaxLength);
        builder.Property(m => m.InReplyTo).HasMaxLength(InboundMessage.MessageIdMaxLength);
        builder.Property(m => m.FromAddress).HasMaxLength(InboundMessage.AddressMaxLength).IsRequired();
        builder.Property(m => m.FromName).HasMaxLength(InboundMessage.NameMaxLength).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(InboundMessage.SubjectMaxLength).IsRequired();
        builder.Property(m => m.Source).HasMaxLength(InboundMessage.SourceMaxLength).IsRequired();
        builder.Property(m => m.Note).HasMaxLength(InboundMessage.NoteMaxLength);
        builder.Property(m => m.HandledBy).HasMaxLength(Requester.EmailMaxLength);
        builder.Property(m => m.Raw).IsRequired();
        // The inbox lists by status, newest first; the case page lists a case's correspondence.
        builder.HasIndex(m => new { m.Status, m.ReceivedAtUtc });
        builder.HasIndex(m => m.ReceivedAtUtc);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.InboundMessageId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Navigation(m => m.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InboundAttachmentConfiguration : IEntityTypeConfiguration<InboundAttachment>
{
    public void Configure(EntityTypeBuilder<InboundAttachment> builder)
    {
        builder.ToTable("InboundAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(InboundAttachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.DeclaredContentType).HasMaxLength(InboundAttachment.ContentTypeMaxLength).IsRequired();
        builder.Property(a => a.DetectedType).HasMaxLength(InboundAttachment.ContentTypeMaxLength).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => new { a.InboundMessageId, a.Position }).IsUnique();
    }
}

/// <summary>Issue 16: an outbox email sent to a requester about a case, so replies thread to it and the case page lists it.</summary>
internal sealed class OutboundEmailCaseConfiguration : IEntityTypeConfiguration<OutboundEmail>
{
    public void Configure(EntityTypeBuilder<OutboundEmail> builder)
    {
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
