using FoiPortal.Core.Regulator;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

/// <summary>Complaints to the regulator: their own root keyed by request (docs/adr/008), the decision notice in the same row.</summary>
internal sealed class RegulatorComplaintConfiguration : IEntityTypeConfiguration<RegulatorComplaint>
{
    public void Configure(EntityTypeBuilder<RegulatorComplaint> builder)
    {
        builder.ToTable("RegulatorComplaints");
        builder.HasKey(c => c.Id);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(c => c.FoiRequestId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.HasIndex(c => new { c.FoiRequestId, c.Stage });
        builder.Property(c => c.CaseReference).HasMaxLength(RegulatorComplaint.CaseReferenceMaxLength).IsRequired();
        builder.Property(c => c.RecordedBy).HasMaxLength(256).IsRequired();
        builder.OwnsOne(c => c.Notice, notice =>
        {
            notice.Property(n => n.Outcome).HasColumnName("NoticeOutcome");
            notice.Property(n => n.Reference).HasColumnName("NoticeReference").HasMaxLength(DecisionNotice.ReferenceMaxLength).IsRequired();
            notice.Property(n => n.NoticeOn).HasColumnName("NoticeOn");
            notice.Property(n => n.StepsOrdered).HasColumnName("NoticeStepsOrdered").HasMaxLength(DecisionNotice.StepsMaxLength);
            notice.Property(n => n.StepsPeriodDays).HasColumnName("NoticeStepsPeriodDays");
            notice.Property(n => n.RecordedBy).HasColumnName("NoticeRecordedBy").HasMaxLength(256).IsRequired();
            notice.Property(n => n.RecordedAtUtc).HasColumnName("NoticeRecordedAtUtc");
        });
        builder.HasMany(c => c.Deadlines).WithOne().HasForeignKey(d => d.RegulatorComplaintId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Navigation(c => c.Deadlines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RegulatorDeadlineConfiguration : IEntityTypeConfiguration<RegulatorDeadline>
{
    public void Configure(EntityTypeBuilder<RegulatorDeadline> builder)
    {
        builder.ToTable("RegulatorDeadlines");
        builder.HasKey(d => d.Id);
        builder.Ignore(d => d.Label);
        builder.Property(d => d.Description).HasMaxLength(RegulatorDeadline.DescriptionMaxLength).IsRequired();
        builder.Property(d => d.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(d => d.DoneNote).HasMaxLength(RegulatorDeadline.NoteMaxLength);
        builder.Property(d => d.DoneBy).HasMaxLength(256);
        // The queue and the reminder job look for open deadlines by date.
        builder.HasIndex(d => new { d.State, d.DueOn });
    }
}

internal sealed class RegulatorReminderConfiguration : IEntityTypeConfiguration<RegulatorReminder>
{
    public void Configure(EntityTypeBuilder<RegulatorReminder> builder)
    {
        builder.ToTable("RegulatorReminders");
        builder.HasKey(r => r.Id);
        // Exactly once per deadline, kind and date, as DeadlineReminders.
        builder.HasIndex(r => new { r.RegulatorDeadlineId, r.Kind, r.DueOn }).IsUnique();
        builder.HasOne<RegulatorDeadline>().WithMany().HasForeignKey(r => r.RegulatorDeadlineId).OnDelete(DeleteBehavior.Cascade);
    }
}
