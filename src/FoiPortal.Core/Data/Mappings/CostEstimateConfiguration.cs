using FoiPortal.Core.Costs;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

/// <summary>One estimate per request; its lines are owned by it. The request's own mapping is left as it was.</summary>
internal sealed class CostEstimateConfiguration : IEntityTypeConfiguration<CostEstimate>
{
    public void Configure(EntityTypeBuilder<CostEstimate> builder)
    {
        builder.ToTable("CostEstimates");
        builder.HasKey(e => e.Id);
        builder.HasOne<FoiRequest>().WithOne().HasForeignKey<CostEstimate>(e => e.FoiRequestId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.HasIndex(e => e.FoiRequestId).IsUnique();
        // Computed from the lines, never stored.
        builder.Ignore(e => e.ByQuestion);
        builder.Ignore(e => e.SameOrSimilarQuestions);
        // SI 2004/3244 reg 5(2)(a): the questions found to be for the same or similar information, stored as "1,2,3".
        builder.Property<string?>("SameOrSimilarNumbers").HasMaxLength(200);
        builder.Property(e => e.SameOrSimilarReason).HasMaxLength(CostEstimate.SameOrSimilarReasonMaxLength);
        builder.HasMany(e => e.Lines).WithOne().HasForeignKey("CostEstimateId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Navigation(e => e.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CostEstimateLineConfiguration : IEntityTypeConfiguration<CostEstimateLine>
{
    public void Configure(EntityTypeBuilder<CostEstimateLine> builder)
    {
        builder.ToTable("CostEstimateLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Description).HasMaxLength(CostEstimateLine.DescriptionMaxLength).IsRequired();
        builder.Property(l => l.Evidence).HasMaxLength(CostEstimateLine.EvidenceMaxLength).IsRequired();
        builder.Property(l => l.StaffHourlyRate).HasPrecision(5, 2);
        builder.HasIndex("CostEstimateId", nameof(CostEstimateLine.LineNumber)).IsUnique();
    }
}

internal sealed class CostDecisionConfiguration : IEntityTypeConfiguration<CostDecision>
{
    public void Configure(EntityTypeBuilder<CostDecision> builder)
    {
        builder.ToTable("CostDecisions");
        builder.HasKey(d => d.Id);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(d => d.FoiRequestId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Property(d => d.AdviceText).HasMaxLength(CostDecision.AdviceMaxLength).IsRequired();
        builder.Property(d => d.RefusalWording).HasMaxLength(CostDecision.WordingMaxLength);
        builder.Property(d => d.RefusedQuestionNumbers).HasMaxLength(200);
        builder.Ignore(d => d.RefusedQuestions);
        builder.Property(d => d.LimitAmount).HasPrecision(9, 2);
        builder.Property(d => d.DecidedBy).HasMaxLength(256).IsRequired();
        builder.OwnsOne(d => d.SignOff, SignOffColumns.Map);
        builder.Navigation(d => d.SignOff).IsRequired();
        builder.HasIndex(d => d.FoiRequestId);
    }
}

internal sealed class CostAggregationLinkConfiguration : IEntityTypeConfiguration<CostAggregationLink>
{
    public void Configure(EntityTypeBuilder<CostAggregationLink> builder)
    {
        builder.ToTable("CostAggregationLinks");
        builder.HasKey(l => l.Id);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        // SQL Server refuses two cascade paths to one table: the second side is removed by the handler.
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(l => l.OtherRequestId).OnDelete(DeleteBehavior.Restrict).IsRequired();
        builder.Property(l => l.SimilarInformation).HasMaxLength(CostAggregationLink.StatementMaxLength).IsRequired();
        builder.Property(l => l.ConcertReason).HasMaxLength(CostAggregationLink.StatementMaxLength);
        builder.Property(l => l.AggregatedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(l => new { l.RequestId, l.OtherRequestId }).IsUnique();
        builder.HasIndex(l => l.OtherRequestId);
    }
}
