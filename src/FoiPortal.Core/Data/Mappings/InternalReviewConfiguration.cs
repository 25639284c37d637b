using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class InternalReviewConfiguration : IEntityTypeConfiguration<InternalReview>
{
    public void Configure(EntityTypeBuilder<InternalReview> builder)
    {
        builder.ToTable("InternalReviews");
        builder.HasKey(r => r.Id);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(r => r.FoiRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<InternalReview>().WithMany().HasForeignKey(r => r.LinkedToReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Grounds).HasMaxLength(InternalReview.GroundsMaxLength).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(InternalReview.GroundsMaxLength);
        builder.Property(r => r.LoggedBy).HasMaxLength(256);
        builder.Property(r => r.Reviewer).HasMaxLength(256);
        builder.Property(r => r.ExtensionReason).HasMaxLength(InternalReview.ReasonMaxLength);
        builder.Property(r => r.AcceptedLateReason).HasMaxLength(InternalReview.ReasonMaxLength);
        builder.Property(r => r.OutcomeLetterSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.Version).IsConcurrencyToken();
        // The review queue: open reviews by due date (ReviewDeadlines).
        builder.HasIndex(r => new { r.Status, r.DueOn, r.Regime });

        builder.OwnsMany(r => r.Questions, question =>
        {
            question.ToTable("InternalReviewQuestions");
            question.WithOwner().HasForeignKey("InternalReviewId");
            question.HasKey(q => q.Id);
            question.Property(q => q.Grounds).HasMaxLength(InternalReview.GroundsMaxLength);
            question.Property(q => q.Reasons).HasMaxLength(InternalReview.ReasonMaxLength);
            question.Property(q => q.Released).HasMaxLength(InternalReview.ReleasedMaxLength);
            question.HasIndex("InternalReviewId", nameof(ReviewQuestion.Number)).IsUnique();
        });
        builder.Navigation(r => r.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
