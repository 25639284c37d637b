using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class FoiRequestConfiguration : IEntityTypeConfiguration<FoiRequest>
{
    public void Configure(EntityTypeBuilder<FoiRequest> builder)
    {
        builder.ToTable("Requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reference).HasMaxLength(FoiRequest.ReferenceMaxLength).IsRequired();
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(FoiRequest.TitleMaxLength).IsRequired();
        builder.Property(r => r.TrackingTokenHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(r => r.TrackingTokenHash).IsUnique();
        builder.Property(r => r.AssignedOfficer).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.ReceivedAtUtc);
        // Issue 15: statistics count requests received in a period by their UK date of receipt.
        builder.HasIndex(r => new { r.ReceivedOn, r.Regime });
        // Work queue: open views filter by status and sort by the date worked to (DeadlineWindow), then reference; "My
        // cases" has the officer first. Both cover what the queue's counts and its page of ids read, so those never touch
        // the wide table rows. DueOn and WorkingToOn are derived from the clock and stored only for this (docs/adr/007).
        builder.HasIndex(r => new { r.Status, r.WorkingToOn, r.Reference, r.AssignedOfficer, r.Regime });
        builder.HasIndex(r => new { r.AssignedOfficer, r.Status, r.WorkingToOn, r.Reference });

        // Issue 19: legal hold and the removal of personal data (docs/adr/018).
        builder.Property(r => r.LegalHoldReason).HasMaxLength(FoiRequest.HoldReasonMaxLength);
        builder.Property(r => r.LegalHoldBy).HasMaxLength(256);
        builder.HasIndex(r => r.PersonalDataRemovedAtUtc);

        // Issue 18: FOIA s.17(6), closed without a further refusal notice.
        builder.Property(r => r.NoFurtherNoticeEarlierReference).HasMaxLength(FoiRequest.ReferenceMaxLength);
        builder.Property(r => r.NoFurtherNoticeReason).HasMaxLength(FoiRequest.NoFurtherNoticeReasonMaxLength);

        builder.OwnsOne(r => r.Requester, requester =>
        {
            requester.Property(p => p.Name).HasColumnName("RequesterName").HasMaxLength(Requester.NameMaxLength).IsRequired();
            requester.Property(p => p.Email).HasColumnName("RequesterEmail").HasMaxLength(Requester.EmailMaxLength).IsRequired();
            requester.Property(p => p.PostalAddress).HasColumnName("RequesterPostalAddress").HasMaxLength(Requester.PostalAddressMaxLength);
            requester.Property(p => p.YourReference).HasColumnName("RequesterYourReference").HasMaxLength(Requester.YourReferenceMaxLength);
        });
        builder.Navigation(r => r.Requester).IsRequired();

        builder.HasMany(r => r.Questions).WithOne().HasForeignKey("RequestId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.ReceivedQuestions).WithOne().HasForeignKey("RequestId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.ReceivedQuestions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey("RequestId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RequestQuestionConfiguration : IEntityTypeConfiguration<RequestQuestion>
{
    public void Configure(EntityTypeBuilder<RequestQuestion> builder)
    {
        builder.ToTable("RequestQuestions");
        builder.Property(q => q.Text).HasMaxLength(RequestQuestion.TextMaxLength).IsRequired();
        builder.HasIndex("RequestId", nameof(RequestQuestion.Number)).IsUnique();
    }
}

internal sealed class ReceivedQuestionConfiguration : IEntityTypeConfiguration<ReceivedQuestion>
{
    public void Configure(EntityTypeBuilder<ReceivedQuestion> builder)
    {
        // The request as received, kept when the working questions first change (docs/adr/023).
        builder.ToTable("RequestReceivedQuestions");
        builder.Property(q => q.Text).HasMaxLength(RequestQuestion.TextMaxLength).IsRequired();
        builder.HasIndex("RequestId", nameof(ReceivedQuestion.Number)).IsUnique();
    }
}

internal sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> builder)
    {
        builder.ToTable("RequestEvents");
        builder.Property(e => e.Kind).HasMaxLength(RequestEvent.KindMaxLength).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(RequestEvent.DescriptionMaxLength).IsRequired();
        builder.Property(e => e.Actor).HasMaxLength(256);
        // Statistics: the requests withdrawn or lapsed in a period, found from their closing events (issue 15).
        builder.HasIndex(e => new { e.Kind, e.AtUtc });
    }
}
