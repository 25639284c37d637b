using FoiPortal.Core.Consultations;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("Departments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Name).HasMaxLength(Department.NameMaxLength).IsRequired();
        builder.HasIndex(d => d.Name).IsUnique();
        builder.Property(d => d.ContactEmails).HasMaxLength(Department.ContactEmailsMaxLength).IsRequired();
        builder.Ignore(d => d.Addresses);
        builder.OwnsMany(d => d.Changes, change =>
        {
            change.ToTable("DepartmentChanges");
            change.WithOwner().HasForeignKey("DepartmentId");
            change.HasKey(c => c.Id);
            change.Property(c => c.Actor).HasMaxLength(256).IsRequired();
            change.Property(c => c.What).HasMaxLength(DepartmentChange.WhatMaxLength).IsRequired();
        });
        builder.Navigation(d => d.Changes).HasField("_changes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConsultationTaskConfiguration : IEntityTypeConfiguration<ConsultationTask>
{
    public void Configure(EntityTypeBuilder<ConsultationTask> builder)
    {
        builder.ToTable("ConsultationTasks");
        builder.HasKey(t => t.Id);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(t => t.FoiRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.FoiRequestId, t.State });

        // The queue's "waiting on a consultation" and the reminder job read waiting tasks by due date.
        builder.HasIndex(t => new { t.State, t.DueOn });

        // The link finds its task by the token's hash only.
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(t => t.ColleagueUserName).HasMaxLength(256);
        builder.Property(t => t.RecipientName).HasMaxLength(ConsultationTask.RecipientNameMaxLength).IsRequired();
        builder.Property(t => t.RecipientEmails).HasMaxLength(Department.ContactEmailsMaxLength).IsRequired();
        builder.Property(t => t.Question).HasMaxLength(ConsultationTask.QuestionMaxLength).IsRequired();
        builder.Property(t => t.AskedBy).HasMaxLength(256).IsRequired();
        builder.Property(t => t.AnswerText).HasMaxLength(ConsultationTask.AnswerMaxLength);
        builder.Property(t => t.AnsweredBy).HasMaxLength(ConsultationTask.AnsweredByMaxLength);
        builder.Property(t => t.WithdrawnBy).HasMaxLength(256);
        builder.Ignore(t => t.Addresses);
        builder.OwnsMany(t => t.Questions, question =>
        {
            question.ToTable("ConsultationQuestions");
            question.WithOwner().HasForeignKey("ConsultationTaskId");
            question.HasKey(q => q.Id);
            question.Property(q => q.Text).HasMaxLength(RequestQuestion.TextMaxLength).IsRequired();
        });
        builder.Navigation(t => t.Questions).HasField("_questions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConsultationFileConfiguration : IEntityTypeConfiguration<ConsultationFile>
{
    public void Configure(EntityTypeBuilder<ConsultationFile> builder)
    {
        builder.ToTable("ConsultationFiles");
        builder.HasKey(f => f.Id);
        builder.HasOne<ConsultationTask>().WithMany().HasForeignKey(f => f.ConsultationTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.ConsultationTaskId);
        builder.Property(f => f.FileName).HasMaxLength(ConsultationFile.FileNameMaxLength).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(f => f.Content).IsRequired();
    }
}

internal sealed class ConsultationReminderConfiguration : IEntityTypeConfiguration<ConsultationReminder>
{
    public void Configure(EntityTypeBuilder<ConsultationReminder> builder)
    {
        builder.ToTable("ConsultationReminders");
        builder.HasKey(r => r.Id);

        // Exactly once: a second node (or a restarted one) inserting the same reminder hits this index and skips.
        builder.HasIndex(r => new { r.ConsultationTaskId, r.Kind, r.DueOn }).IsUnique();
        builder.HasOne<ConsultationTask>().WithMany().HasForeignKey(r => r.ConsultationTaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
