using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class RequestDraftConfiguration : IEntityTypeConfiguration<RequestDraft>
{
    public void Configure(EntityTypeBuilder<RequestDraft> builder)
    {
        builder.ToTable("RequestDrafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.FullName).HasMaxLength(Requester.NameMaxLength);
        builder.Property(d => d.Email).HasMaxLength(Requester.EmailMaxLength);
        builder.Property(d => d.PostalAddress).HasMaxLength(Requester.PostalAddressMaxLength);
        builder.Property(d => d.YourReference).HasMaxLength(Requester.YourReferenceMaxLength);
        builder.Property(d => d.Title).HasMaxLength(FoiRequest.TitleMaxLength);
        builder.HasIndex(d => d.CreatedAtUtc);
    }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> builder)
    {
        builder.ToTable("ReferenceCounters");
        builder.HasKey(c => c.Scope);
        builder.Property(c => c.Scope).HasMaxLength(ReferenceCounter.ScopeMaxLength);
    }
}

internal sealed class OutboundEmailConfiguration : IEntityTypeConfiguration<OutboundEmail>
{
    public void Configure(EntityTypeBuilder<OutboundEmail> builder)
    {
        builder.ToTable("OutboundEmails");
        builder.Property(e => e.ToAddress).HasMaxLength(Requester.EmailMaxLength).IsRequired();
        builder.Property(e => e.ToName).HasMaxLength(Requester.NameMaxLength).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(OutboundEmail.SubjectMaxLength).IsRequired();
        builder.Property(e => e.LastError).HasMaxLength(500);
        builder.Property(e => e.ClaimedBy).HasMaxLength(Nodes.JobLease.HolderMaxLength);
        builder.HasIndex(e => new { e.Status, e.NextAttemptAtUtc });
        // Outbox attachments and the idempotency key: see OutboundEmailAttachmentConfiguration.
        OutboundEmailAttachmentConfiguration.ConfigureOn(builder);
    }
}
